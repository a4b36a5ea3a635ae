package cn.bizhao.service.capture;

import java.util.Arrays;
import java.util.Optional;

/**
 * The applicant's photo made from a frame: the JPEG to store (what the screen shows is these
 * bytes decoded) and the background warning, when there is one.
 */
public record PhotoShot(byte[] jpeg, int width, int height, String sha256, Optional<String> warningKey) {
    public PhotoShot {
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhotoShot that && Arrays.equals(jpeg, that.jpeg) && warningKey.equals(that.warningKey);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "PhotoShot[" + width + "x" + height + ", sha256=" + sha256 + ", " + warningKey.orElse("light") + "]";
    }
}
