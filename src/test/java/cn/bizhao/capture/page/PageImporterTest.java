package cn.bizhao.capture.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.capture.Jpeg;
import cn.bizhao.capture.Sha256;
import cn.bizhao.capture.fixtures.DeskPhoto;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageImporterTest {
    @TempDir
    Path folder;

    private final PageImporter importer = new PageImporter();

    @Test
    void acceptsAJpegAsItIs() throws IOException {
        byte[] jpeg = Jpeg.encode(DeskPhoto.sheet(210, 297));
        Path file = Files.write(folder.resolve("certificate.jpg"), jpeg);

        ImportedPage page = importer.read(file);

        assertThat(page.format()).isEqualTo(PageFormat.JPEG);
        assertThat(page.bytes()).isEqualTo(jpeg);
        assertThat(page.sha256()).isEqualTo(Sha256.of(jpeg));
        assertThat(page.image()).hasValueSatisfying(image -> assertThat(image.getWidth()).isEqualTo(210));
    }

    @Test
    void acceptsAPngKnownByItsContentNotItsName() throws IOException {
        Path file = Files.write(folder.resolve("scan.jpg"), png(DeskPhoto.sheet(210, 297)));

        ImportedPage page = importer.read(file);

        assertThat(page.format()).isEqualTo(PageFormat.PNG);
        assertThat(page.format().mediaType()).isEqualTo("image/png");
        assertThat(page.pageCount()).isEqualTo(1);
    }

    @Test
    void acceptsAPdfAndCountsItsPages() throws IOException {
        Path file = folder.resolve("contract.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(file.toFile());
        }

        ImportedPage page = importer.read(file);

        assertThat(page.format()).isEqualTo(PageFormat.PDF);
        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.image()).isEmpty();
        assertThat(page.sha256()).isEqualTo(Sha256.of(file));
    }

    @Test
    void refusesATruncatedJpeg() throws IOException {
        byte[] jpeg = Jpeg.encode(DeskPhoto.sheet(210, 297));

        assertRefused("half.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "capture.import.unreadable");
    }

    @Test
    void refusesATruncatedPng() throws IOException {
        byte[] png = png(DeskPhoto.sheet(210, 297));

        assertRefused("half.png", Arrays.copyOf(png, png.length / 2), "capture.import.unreadable");
    }

    @Test
    void refusesAPdfThatDoesNotParse() {
        byte[] broken = "%PDF-1.7\nthis is not a PDF body\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertRefused("broken.pdf", broken, "capture.import.unreadable");
    }

    @Test
    void refusesAPasswordProtectedPdf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(bytes);
        }

        assertRefused("locked.pdf", bytes.toByteArray(), "capture.import.pdfProtected");
    }

    @Test
    void refusesAFileOfAnotherKind() {
        assertRefused("letter.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, "capture.import.unsupported");
    }

    @Test
    void refusesAFileThatCannotBeOpened() {
        assertThatThrownBy(() -> importer.read(folder.resolve("gone.jpg"))).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("capture.import.cannotOpen");
            assertThat(e.arguments()).containsExactly("gone.jpg");
        });
    }

    private void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> importer.read(name, bytes)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(name);
        });
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
