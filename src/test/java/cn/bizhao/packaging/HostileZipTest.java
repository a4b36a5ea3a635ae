package cn.bizhao.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.packaging.extract.PackageImporter;
import cn.bizhao.packaging.extract.PackageRefusedException;
import cn.bizhao.packaging.verify.Finding;
import cn.bizhao.packaging.verify.FindingCode;
import cn.bizhao.packaging.verify.PackageVerifier;
import cn.bizhao.packaging.zip.ZipLimits;
import cn.bizhao.security.signing.SigningAlgorithm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIPs made to hurt the reader: each one is refused with its finding, and nothing is left on disk. */
class HostileZipTest {
    private static final int CENTRAL_SIGNATURE = 0x02014b50;

    @TempDir
    Path folder;
    private final PackageVerifier verifier =
            new PackageVerifier(List.of(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256).certificate()));

    @Test
    void entryClimbingOutOfTheFolderIsRefused() throws IOException {
        assertRefused(zip(Map.of("GX/../../evil.txt", "x".getBytes(StandardCharsets.UTF_8))), FindingCode.ZIP_PATH_ESCAPES);
    }

    @Test
    void absolutePathIsRefused() throws IOException {
        assertRefused(zip(Map.of("/tmp/evil.txt", new byte[1])), FindingCode.ZIP_ABSOLUTE_PATH);
    }

    @Test
    void driveLetterIsRefused() throws IOException {
        assertRefused(zip(Map.of("C:/Windows/evil.txt", new byte[1])), FindingCode.ZIP_ABSOLUTE_PATH);
    }

    @Test
    void backslashNameIsRefused() throws IOException {
        assertRefused(zip(Map.of("GX\\..\\evil.txt", new byte[1])), FindingCode.ZIP_PATH_ESCAPES);
    }

    @Test
    void sameNameTwiceIsRefused() throws IOException {
        byte[] bytes = zipBytes(List.of("GX/data/a.jpg", "GX/data/b.jpg"), StandardCharsets.UTF_8, new byte[10]);
        replaceAll(bytes, "GX/data/b.jpg", "GX/data/a.jpg");
        assertRefused(write(bytes), FindingCode.ZIP_DUPLICATE_NAME);
    }

    @Test
    void namesDifferingOnlyInCaseAreRefused() throws IOException {
        assertRefused(write(zipBytes(List.of("GX/data/a.jpg", "GX/data/A.JPG"), StandardCharsets.UTF_8, new byte[10])),
                FindingCode.ZIP_DUPLICATE_NAME);
    }

    @Test
    void highlyCompressedEntryIsRefusedAsABomb() throws IOException {
        assertRefused(write(zipBytes(List.of("GX/data/photo.jpg"), StandardCharsets.UTF_8, new byte[64 << 20])),
                FindingCode.ZIP_BOMB);
    }

    @Test
    void entryInflatingBeyondItsDeclaredSizeIsRefused() throws IOException {
        byte[] bytes = zipBytes(List.of("GX/data/photo.jpg"), StandardCharsets.UTF_8, new byte[200_000]);
        patchCentral(bytes, 24, 1000);
        assertRefused(write(bytes), FindingCode.ZIP_BOMB);
    }

    @Test
    void symbolicLinkIsRefused() throws IOException {
        byte[] bytes = zipBytes(List.of("GX/data/photo.jpg"), StandardCharsets.UTF_8, "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        patchCentralShort(bytes, 4, (3 << 8) | 20);
        patchCentral(bytes, 38, 0120777 << 16);
        assertRefused(write(bytes), FindingCode.ZIP_LINK);
    }

    @Test
    void nameNotInUtf8IsRefused() throws IOException {
        String materials = "GX/data/\u6750\u6599.jpg";
        assertRefused(write(zipBytes(List.of(materials), Charset.forName("GBK"), new byte[10])), FindingCode.ZIP_NON_UTF8_NAME);
    }

    @Test
    void fileThatIsNoZipIsRefused() throws IOException {
        Path file = folder.resolve("in").resolve("x.zip");
        Files.createDirectories(file.getParent());
        Files.write(file, "PK but not really".getBytes(StandardCharsets.UTF_8));
        assertRefused(file, FindingCode.NOT_A_PACKAGE);
    }

    private void assertRefused(Path zip, FindingCode expected) throws IOException {
        assertThat(verifier.verify(zip).findings()).extracting(Finding::code).containsExactly(expected);
        Path work = folder.resolve("work");
        PackageImporter importer = new PackageImporter(verifier, ZipLimits.DEFAULT);
        assertThatThrownBy(() -> importer.extract(zip, Optional.empty(), work)).isInstanceOf(PackageRefusedException.class);
        assertThat(work).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in");
        }
    }

    private Path zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return write(bytes.toByteArray());
    }

    private static byte[] zipBytes(List<String> names, Charset charset, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, charset)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = folder.resolve("in").resolve("hostile.zip");
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static void replaceAll(byte[] bytes, String from, String to) {
        byte[] pattern = from.getBytes(StandardCharsets.UTF_8);
        byte[] replacement = to.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (ByteBuffer.wrap(bytes, i, pattern.length).equals(ByteBuffer.wrap(pattern))) {
                System.arraycopy(replacement, 0, bytes, i, replacement.length);
            }
        }
    }

    /** Sets a 4-byte field of the first central directory entry (the only one in these archives). */
    private static void patchCentral(byte[] bytes, int offset, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(centralEntry(bytes) + offset, value);
    }

    private static void patchCentralShort(byte[] bytes, int offset, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(centralEntry(bytes) + offset, (short) value);
    }

    private static int centralEntry(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = bytes.length - 4; i >= 0; i--) {
            if (buffer.getInt(i) == CENTRAL_SIGNATURE) {
                return i;
            }
        }
        throw new IllegalStateException("no central directory");
    }
}
