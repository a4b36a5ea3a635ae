package cn.bizhao.packaging.zip;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for an entry name: strict UTF-8, relative, inside the archive, a name every file system takes. */
final class EntryName {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}\\\\:*?\"<>|]");

    private EntryName() {
    }

    static String decode(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new UnsafeZipException(ZipRefusal.NON_UTF8_NAME, new String(raw, StandardCharsets.ISO_8859_1));
        }
    }

    static void check(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
            throw new UnsafeZipException(ZipRefusal.ABSOLUTE_PATH, name);
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.replace('\\', '/').split("/", -1)) {
            if (segment.equals("..")) {
                throw new UnsafeZipException(ZipRefusal.PATH_ESCAPES, name);
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || FORBIDDEN.matcher(segment).find()) {
                throw new UnsafeZipException(ZipRefusal.ILLEGAL_NAME, name);
            }
        }
    }

    /** The name as a case-insensitive file system on Windows or macOS would see it. */
    static String collisionKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
