package cn.bizhao.documents.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.bizhao.documents.DocumentException;
import cn.bizhao.documents.Samples;
import cn.bizhao.documents.form.RegistrationFormDocument;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPrinterTest {
    private static final String POSTSCRIPT = "application/postscript";
    private final DocumentPrinter printer = new DocumentPrinter();
    private final byte[] form = new RegistrationFormDocument().render(Samples.filledForm());

    @TempDir
    Path dir;

    @Test
    void printsToAFilePrintServiceAsPostScript() throws IOException {
        Path file = dir.resolve("form.ps");
        try (OutputStream out = Files.newOutputStream(file)) {
            printer.print(form, postscript(out), 1, "form");
        }

        String head = new String(Files.readAllBytes(file), 0, 20, StandardCharsets.US_ASCII);
        assertThat(Files.size(file)).isGreaterThan(10_000);
        assertThat(head).startsWith("%!PS-Adobe");
    }

    @Test
    void asksThePrinterForA4AndTheNumberOfCopies() throws IOException {
        Path file = dir.resolve("form.ps");
        try (OutputStream out = Files.newOutputStream(file)) {
            printer.print(form, postscript(out), 2, "form");
        }

        String postscript = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertThat(postscript).containsPattern("/PageSize \\[595\\.\\d+ 841\\.\\d+\\]").contains("/NumCopies 2")
                .contains("%%Page: 1 1").doesNotContain("%%Page: 2 2");
    }

    @Test
    void refusesAPrinterThatIsNotInstalled() {
        assertThatThrownBy(() -> printer.print(form, "no such printer " + System.nanoTime(), 1, "form"))
                .isInstanceOf(DocumentException.class)
                .extracting(e -> ((DocumentException) e).messageKey())
                .isIn("document.error.noPrinter", "document.error.printerNotFound");
    }

    @Test
    void refusesANumberOfCopiesOutOfRange() throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("none.ps"))) {
            StreamPrintService service = postscript(out);
            assertThatThrownBy(() -> printer.print(form, service, 0, "form")).isInstanceOf(DocumentException.class)
                    .extracting(e -> ((DocumentException) e).messageKey()).isEqualTo("document.error.invalidCopies");
        }
    }

    @Test
    void reportsAFailingPrinterWithItsName() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("paper jam");
            }
        };
        StreamPrintService service = postscript(broken);

        assertThatThrownBy(() -> printer.print(form, service, 1, "form")).isInstanceOf(DocumentException.class)
                .satisfies(e -> {
                    DocumentException d = (DocumentException) e;
                    assertThat(d.messageKey()).isEqualTo("document.error.printFailed");
                    assertThat(d.arguments()[0]).isEqualTo(service.getName());
                });
    }

    private static StreamPrintService postscript(OutputStream out) {
        StreamPrintServiceFactory[] factories = PrinterJob.lookupStreamPrintServices(POSTSCRIPT);
        assumeTrue(factories.length > 0, "no PostScript stream print service in this JDK");
        return factories[0].getPrintService(out);
    }
}
