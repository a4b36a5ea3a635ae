package cn.bizhao.capture.photo;

import java.util.Arrays;

/**
 * The applicant's photo (相片) as it is stored and printed: a JPEG at 32:40.
 *
 * @param jpeg       the stored bytes; what the screen shows is these bytes decoded
 * @param sha256     hash of {@code jpeg}, kept with it and checked on every read
 * @param background the background check of the photo, with its warning if any
 */
public record Photo(byte[] jpeg, int width, int height, String sha256, BackgroundCheck background) {
    public Photo {
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo that && sha256.equals(that.sha256) && Arrays.equals(jpeg, that.jpeg);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "Photo[" + width + "x" + height + ", " + jpeg.length + " bytes, sha256=" + sha256 + ", " + background.verdict() + "]";
    }
}
