package cn.bizhao.capture.page;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a material page may have, known by their first bytes, never by the file name. */
public enum PageFormat {
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    PageFormat(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    /** As stored in {@code Page.mediaType}. */
    public String mediaType() {
        return mediaType;
    }

    /** As used for the file in a package. */
    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /** The format whose signature the bytes start with, if any. */
    public static Optional<PageFormat> of(byte[] bytes) {
        return Arrays.stream(values()).filter(format -> startsWith(bytes, format.signature)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
