package cn.bizhao.documents.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.bizhao.documents.DocumentException;
import cn.bizhao.documents.PdfInspection;
import cn.bizhao.documents.PdfInspection.DrawnImage;
import cn.bizhao.documents.PdfInspection.Glyph;
import cn.bizhao.documents.Samples;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Rect;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.form.RegistrationForm;
import cn.bizhao.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationFormDocumentTest {
    private static final Messages TEXT = Messages.chinese();
    private final RegistrationFormDocument document = new RegistrationFormDocument();
    private final RegistrationFormLayout layout = new RegistrationFormLayout(TEXT);

    @TempDir
    Path dir;

    @Test
    void blankFormHoldsEveryLabelOfAttachment2() throws IOException {
        String text = new PdfInspection(document.blank()).compactText();

        assertThat(attachment2Labels()).allSatisfy(label -> assertThat(text).contains(label));
    }

    @Test
    void popplerFindsEveryLabelOfAttachment2() throws IOException {
        assumeTrue(PdfInspection.onPath("pdftotext"), "poppler-utils not installed");

        String text = PdfInspection.compact(
                new PdfInspection(document.blank()).run(dir, "pdftotext", "-raw", PdfInspection.IN, "-"));

        assertThat(attachment2Labels()).allSatisfy(label -> assertThat(text).contains(label));
    }

    @Test
    void popplerFindsTheFilledValues() {
        assumeTrue(PdfInspection.onPath("pdftotext"), "poppler-utils not installed");
        RegistrationForm form = Samples.stampedForm();
        Applicant a = form.applicant();

        String text = PdfInspection.compact(
                new PdfInspection(document.render(form)).run(dir, "pdftotext", "-raw", PdfInspection.IN, "-"));

        assertThat(List.of(a.name(), a.nationality(), a.education(), a.idNumber(), a.employer(), a.address(), a.phone(),
                form.certificate().name(), form.certificate().number(), PdfInspection.compact(form.stamp().opinion())))
                .allSatisfy(value -> assertThat(text).contains(value));
    }

    @Test
    void printsTheCorrectedLabelsNotTheTyposOfTheSeed() {
        PdfInspection pdf = new PdfInspection(document.blank());

        assertThat(pdf.compactText()).doesNotContain("\u767e\u6bd4\u7167").doesNotContain("\u81ea\u81ea\u6cbb")
                .contains("\u771f\u5b9e\u3001\u5b8c\u6574");
        assertThat(pdf.text()).doesNotContain("\u771f\u5b9e \u3001");
    }

    @Test
    void everyLabelSitsInItsCellOfTheTable() {
        PageLayout blank = layout.blank();
        PdfInspection pdf = new PdfInspection(document.blank());
        Map<String, String> labels = Map.of(
                "form.name.label", "document.form.name", "form.idNumber.label", "document.form.idNumber",
                "form.address.label", "document.form.address", "form.phone.label", "document.form.phone",
                "form.occupation.label", "document.form.occupation", "form.issuer.label", "document.form.issuer",
                "form.mapped.label", "document.form.mapped", "form.employerOpinion.label",
                "document.form.employerOpinion", "form.departmentOpinion.label", "document.form.departmentOpinion");

        labels.forEach((cell, key) -> assertThat(pdf.compactTextOfCell(blank, cell)).isEqualTo(TEXT.get(key)));
    }

    @Test
    void filledFormWritesEachValueInItsCell() {
        RegistrationForm form = Samples.filledForm();
        PageLayout filled = layout.filled(form);
        PdfInspection pdf = new PdfInspection(document.render(form));
        Applicant a = form.applicant();

        assertThat(pdf.compactTextOfCell(filled, "form.name")).isEqualTo(a.name());
        assertThat(pdf.compactTextOfCell(filled, "form.gender")).isEqualTo(TEXT.of(a.gender()));
        assertThat(pdf.compactTextOfCell(filled, "form.nationality")).isEqualTo(a.nationality());
        assertThat(pdf.compactTextOfCell(filled, "form.education")).isEqualTo(a.education());
        assertThat(pdf.compactTextOfCell(filled, "form.school")).isEqualTo(PdfInspection.compact(a.schoolAndMajor()));
        assertThat(pdf.compactTextOfCell(filled, "form.idNumber")).startsWith(a.idNumber()).contains(TEXT.of(a.idType()));
        assertThat(pdf.compactTextOfCell(filled, "form.employer")).isEqualTo(a.employer());
        assertThat(pdf.compactTextOfCell(filled, "form.address")).isEqualTo(a.address());
        assertThat(pdf.compactTextOfCell(filled, "form.phone")).isEqualTo(a.phone());
        assertThat(pdf.compactTextOfCell(filled, "form.occupation"))
                .isEqualTo(TEXT.get("document.form.occupation.value", a.currentOccupation(), a.yearsInOccupation()));
    }

    @Test
    void filledFormWritesTheCertificateAndTheOccupationAndLevelOfTheCatalogue() {
        RegistrationForm form = Samples.filledForm();
        PageLayout filled = layout.filled(form);
        PdfInspection pdf = new PdfInspection(document.render(form));
        var c = form.certificate();
        var entry = c.catalogMapping().entry();

        assertThat(pdf.compactTextOfCell(filled, "form.certificateName")).isEqualTo(c.name());
        assertThat(pdf.compactTextOfCell(filled, "form.project")).isEqualTo(c.project());
        assertThat(pdf.compactTextOfCell(filled, "form.level")).isEqualTo(c.level());
        assertThat(pdf.compactTextOfCell(filled, "form.issuer")).isEqualTo(PdfInspection.compact(c.issuingCountryAndBody()));
        assertThat(pdf.compactTextOfCell(filled, "form.certificateNumber")).isEqualTo(c.number());
        assertThat(pdf.compactTextOfCell(filled, "form.mapped")).isEqualTo(entry.occupation() + TEXT.of(entry.level()));
    }

    @Test
    void photoBoxOfTheLayoutIs32By40Millimetres() {
        Rect box = layout.blank().cell("form.photo").orElseThrow().rect();

        assertThat(box).isEqualTo(RegistrationFormLayout.photoBox());
        assertThat(box.width()).isEqualTo(32.0);
        assertThat(box.height()).isEqualTo(40.0);
    }

    @Test
    void photoIsDrawnAtExactly32By40MillimetresInsideItsBox() {
        List<DrawnImage> images = new PdfInspection(document.render(Samples.filledForm())).images();

        assertThat(images).hasSize(1);
        Rect drawn = images.get(0).rect();
        Rect box = RegistrationFormLayout.photoBox();
        assertThat(drawn.width()).isCloseTo(32.0, within(0.01));
        assertThat(drawn.height()).isCloseTo(40.0, within(0.01));
        assertThat(drawn.x()).isCloseTo(box.x(), within(0.01));
        assertThat(drawn.y()).isCloseTo(box.y(), within(0.01));
        assertThat(images.get(0).suffix()).isEqualTo("jpg");
    }

    @Test
    void photoBoxKeepsItsCaptionOnlyWhileThereIsNoPhoto() {
        PageLayout filled = layout.filled(Samples.filledForm());

        assertThat(new PdfInspection(document.render(Samples.filledForm())).compactTextOfCell(filled, "form.photo")).isEmpty();
        assertThat(new PdfInspection(document.blank()).compactTextOfCell(layout.blank(), "form.photo"))
                .isEqualTo(TEXT.get("document.form.photo.line1") + TEXT.get("document.form.photo.line2")
                        + TEXT.get("document.form.photo.line3"));
    }

    @Test
    void fontsAreEmbeddedAsSubsets() {
        var fonts = new PdfInspection(document.render(Samples.stampedForm())).fonts();

        assertThat(fonts).hasSize(2).allMatch(PdfInspection::embeddedSubset);
        assertThat(fonts).anyMatch(f -> f.getName().endsWith("+UMingCN"));
        assertThat(fonts).anyMatch(f -> f.getName().endsWith("+DroidSansFallback"));
    }

    @Test
    void popplerSeesEveryFontEmbeddedAndSubset() {
        assumeTrue(PdfInspection.onPath("pdffonts"), "poppler-utils not installed");

        List<String> rows = new PdfInspection(document.render(Samples.filledForm())).run(dir, "pdffonts", PdfInspection.IN)
                .lines().skip(2).toList();

        assertThat(rows).hasSize(2).allMatch(row -> row.matches(".*CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes.*"));
    }

    @Test
    void formWithPhotoStaysUnder300Kilobytes() {
        assertThat(document.render(Samples.filledForm()).length).isLessThan(300 * 1024);
    }

    @Test
    void formIsOnePage() {
        assertThat(new PdfInspection(document.render(Samples.stampedForm())).pageCount()).isEqualTo(1);
    }

    @Test
    void studentFormMarksOccupationAndEmployerOpinionNotApplicable() {
        RegistrationForm form = new RegistrationForm(Samples.student(), Samples.certificate(), Samples.photoJpeg(), null);
        PageLayout student = layout.filled(form);
        PdfInspection pdf = new PdfInspection(document.render(form));
        String notApplicable = TEXT.get("document.form.notApplicable");

        assertThat(pdf.compactTextOfCell(student, "form.occupation")).isEqualTo(notApplicable);
        assertThat(pdf.compactTextOfCell(student, "form.employerOpinion")).isEqualTo(notApplicable);
        assertThat(pdf.compactText()).contains(TEXT.get("document.form.employerOpinion"));
    }

    @Test
    void employeeFormKeepsTheEmployerOpinionLines() {
        PdfInspection pdf = new PdfInspection(document.render(Samples.filledForm()));

        assertThat(pdf.compactTextOfCell(layout.filled(Samples.filledForm()), "form.employerOpinion"))
                .contains(TEXT.get("document.form.employerOpinion.statement"))
                .contains(TEXT.get("document.form.employerOpinion.handler"))
                .doesNotContain(TEXT.get("document.form.notApplicable"));
    }

    @Test
    void stampedFormPrintsTheOpinionAndTheDateInTheInstitutionsCell() {
        RegistrationForm form = Samples.stampedForm();
        PageLayout stamped = layout.filled(form);
        PdfInspection pdf = new PdfInspection(document.render(form));

        assertThat(pdf.compactTextOfCell(stamped, "form.institutionOpinion.text"))
                .isEqualTo(PdfInspection.compact(form.stamp().opinion()));
        assertThat(pdf.compactTextOfCell(stamped, "form.institutionOpinion.seal"))
                .isEqualTo(TEXT.get("document.form.institutionOpinion.seal") + "2025\u5e743\u67085\u65e5");
    }

    @Test
    void stampedFormDrawsTheTransparentSealOverTheSealWords() {
        RegistrationForm form = Samples.stampedForm();
        PageLayout stamped = layout.filled(form);
        List<DrawnImage> images = new PdfInspection(document.render(form)).images();
        Rect cell = stamped.cell("form.institutionOpinion").orElseThrow().rect();
        Glyph sealWord = sealWordGlyph(document.render(form));

        DrawnImage seal = images.stream().filter(DrawnImage::hasSoftMask).findFirst().orElseThrow();
        assertThat(seal.rect().width()).isCloseTo(RegistrationFormLayout.SEAL_DIAMETER, within(0.01));
        assertThat(cell.contains(seal.rect().x(), seal.rect().y(), 0.01)).isTrue();
        assertThat(cell.contains(seal.rect().right(), seal.rect().bottom(), 0.01)).isTrue();
        assertThat(seal.rect().contains(sealWord.box().centerX(), sealWord.box().centerY(), 0)).isTrue();
    }

    @Test
    void unstampedFormHasNoSealAndBlankDateLines() {
        PdfInspection pdf = new PdfInspection(document.render(Samples.filledForm()));

        assertThat(pdf.images()).noneMatch(DrawnImage::hasSoftMask);
        assertThat(pdf.compactTextOfCell(layout.filled(Samples.filledForm()), "form.institutionOpinion.seal"))
                .isEqualTo(TEXT.get("document.form.institutionOpinion.seal")
                        + PdfInspection.compact(TEXT.get("document.date.blank")));
    }

    @Test
    void longEmployerAndAddressWrapInsideTheirCells() {
        RegistrationForm form = new RegistrationForm(Samples.withLongEmployerAndAddress(), Samples.certificate(),
                Samples.photoJpeg(), null);
        PageLayout filled = layout.filled(form);
        PdfInspection pdf = new PdfInspection(document.render(form));

        assertThat(form.applicant().employer()).hasSize(60);
        assertThat(form.applicant().address()).hasSize(100);
        assertWrappedInside(pdf, filled, "form.employer", form.applicant().employer());
        assertWrappedInside(pdf, filled, "form.address", form.applicant().address());
    }

    @Test
    void refusesAValueTooLongToPrintLegibly() {
        Applicant a = Samples.foreignEmployee();
        String huge = Samples.text("long.address").repeat(3);
        Applicant tooLong = new Applicant(a.name(), a.gender(), a.nationality(), a.education(), a.schoolAndMajor(),
                a.idType(), a.idNumber(), a.employer(), a.employerCreditCode(), huge, a.phone(), a.currentOccupation(),
                a.yearsInOccupation(), a.category(), a.foreignNational());

        assertThatThrownBy(() -> document.render(new RegistrationForm(tooLong, Samples.certificate(), null, null)))
                .isInstanceOf(DocumentException.class)
                .extracting(e -> ((DocumentException) e).messageKey()).isEqualTo("document.error.textTooLong");
    }

    @Test
    void refusesAPhotoThatIsNoImage() {
        RegistrationForm form = new RegistrationForm(Samples.foreignEmployee(), Samples.certificate(),
                new byte[] {1, 2, 3, 4}, null);

        assertThatThrownBy(() -> document.render(form)).isInstanceOf(DocumentException.class)
                .extracting(e -> ((DocumentException) e).messageKey()).isEqualTo("document.error.badImage");
    }

    private static void assertWrappedInside(PdfInspection pdf, PageLayout layout, String cellId, String value) {
        Rect cell = layout.cell(cellId).orElseThrow().rect();
        List<Glyph> inCell = pdf.glyphs().stream()
                .filter(g -> cell.contains(g.box().centerX(), g.box().centerY(), 0)).toList();

        assertThat(pdf.compactTextIn(cell)).isEqualTo(value);
        assertThat(inCell.stream().map(Glyph::baseline).distinct().count()).isGreaterThan(1);
        assertThat(inCell).allSatisfy(g -> {
            assertThat(g.box().x()).isGreaterThanOrEqualTo(cell.x());
            assertThat(g.box().right()).isLessThanOrEqualTo(cell.right());
            assertThat(g.box().y()).isGreaterThanOrEqualTo(cell.y());
            assertThat(g.box().bottom()).isLessThanOrEqualTo(cell.bottom());
        });
    }

    private static Glyph sealWordGlyph(byte[] pdf) {
        String sealWord = "\u76d6";
        return new PdfInspection(pdf).glyphs().stream().filter(g -> g.text().equals(sealWord))
                .filter(g -> g.box().y() > 180 && g.box().y() < 240).findFirst().orElseThrow();
    }

    private static List<String> attachment2Labels() throws IOException {
        try (InputStream in = RegistrationFormDocumentTest.class.getResourceAsStream("/cn/bizhao/documents/attachment2-labels.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(PdfInspection::compact).toList();
        }
    }
}
