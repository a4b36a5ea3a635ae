package cn.bizhao.documents;

import cn.bizhao.documents.form.RegistrationFormDocument;
import cn.bizhao.documents.notice.MissingMaterialsNoticeDocument;
import cn.bizhao.documents.receipt.AcceptanceReceiptDocument;
import cn.bizhao.domain.form.RegistrationForm;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every document with the sample data into a folder, to look at them (src/docs/decisions/0003-documents-pdf.md). */
public final class WriteSamples {
    private WriteSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/documents"));
        RegistrationFormDocument form = new RegistrationFormDocument();
        Files.write(dir.resolve("form-blank.pdf"), form.blank());
        Files.write(dir.resolve("form-filled.pdf"), form.render(Samples.filledForm()));
        Files.write(dir.resolve("form-stamped.pdf"), form.render(Samples.stampedForm()));
        Files.write(dir.resolve("form-student.pdf"),
                form.render(new RegistrationForm(Samples.student(), Samples.certificate(), Samples.photoJpeg(), null)));
        Files.write(dir.resolve("form-long.pdf"), form.render(
                new RegistrationForm(Samples.withLongEmployerAndAddress(), Samples.certificate(), Samples.photoJpeg(), null)));
        Files.write(dir.resolve("receipt.pdf"), new AcceptanceReceiptDocument().render(Samples.receipt()));
        Files.write(dir.resolve("notice.pdf"), new MissingMaterialsNoticeDocument().render(Samples.notice()));
        System.out.println(dir.toAbsolutePath());
    }
}
