package cn.bizhao.packaging.bag;

import java.nio.charset.StandardCharsets;

/** bagit.txt: exactly these two lines for BagIt 1.0 (RFC 8493 section 2.1.1). */
public final class BagDeclaration {
    public static final String TEXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private BagDeclaration() {
    }

    public static byte[] bytes() {
        return TEXT.getBytes(StandardCharsets.UTF_8);
    }

    /** Line endings may be CR LF or CR when the bag passed through other tools; the two fields may not change. */
    public static boolean isValid(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').equals(TEXT);
    }
}
