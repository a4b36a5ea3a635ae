package cn.bizhao.service.capture;

import java.util.Arrays;
import java.util.Optional;

/**
 * A material page ready to store: a straightened camera page (JPEG) or an imported file kept byte
 * for byte, and what to tell the clerk about it (no sheet found), if anything.
 */
public record PageShot(byte[] content, String mediaType, Optional<String> noticeKey) {
    public PageShot {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageShot that && Arrays.equals(content, that.content)
                && mediaType.equals(that.mediaType) && noticeKey.equals(that.noticeKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "PageShot[" + mediaType + ", " + content.length + " bytes, " + noticeKey.orElse("ok") + "]";
    }
}
