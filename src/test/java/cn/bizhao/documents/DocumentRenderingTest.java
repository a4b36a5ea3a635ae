package cn.bizhao.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.bizhao.documents.PdfInspection.Glyph;
import cn.bizhao.documents.form.RegistrationFormDocument;
import cn.bizhao.documents.form.RegistrationFormLayout;
import cn.bizhao.documents.notice.MissingMaterialsNoticeDocument;
import cn.bizhao.documents.notice.MissingMaterialsNoticeLayout;
import cn.bizhao.documents.pdf.Cell;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Rect;
import cn.bizhao.documents.receipt.AcceptanceReceiptDocument;
import cn.bizhao.documents.receipt.AcceptanceReceiptLayout;
import cn.bizhao.domain.form.RegistrationForm;
import cn.bizhao.i18n.Messages;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document, rendered: no text leaves its cell, and nothing is drawn outside the cells. */
class DocumentRenderingTest {
    private static final Messages TEXT = Messages.chinese();
    /** Half the border stroke plus anti-aliasing, in millimetres. */
    private static final double BORDER_TOLERANCE = 0.6;
    private static final float DPI = 60f;

    static Stream<Arguments> documents() {
        RegistrationFormLayout form = new RegistrationFormLayout(TEXT);
        RegistrationFormDocument forms = new RegistrationFormDocument();
        RegistrationForm student = new RegistrationForm(Samples.student(), Samples.certificate(), Samples.photoJpeg(), null);
        RegistrationForm longValues = new RegistrationForm(Samples.withLongEmployerAndAddress(), Samples.certificate(),
                Samples.photoJpeg(), null);
        return Stream.of(
                Arguments.of("blank form", form.blank(), forms.blank()),
                Arguments.of("filled form", form.filled(Samples.filledForm()), forms.render(Samples.filledForm())),
                Arguments.of("stamped form", form.filled(Samples.stampedForm()), forms.render(Samples.stampedForm())),
                Arguments.of("student form", form.filled(student), forms.render(student)),
                Arguments.of("long values", form.filled(longValues), forms.render(longValues)),
                Arguments.of("receipt", new AcceptanceReceiptLayout(TEXT).layout(Samples.receipt()),
                        new AcceptanceReceiptDocument().render(Samples.receipt())),
                Arguments.of("notice", new MissingMaterialsNoticeLayout(TEXT).layout(Samples.notice()),
                        new MissingMaterialsNoticeDocument().render(Samples.notice())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyGlyphStaysInsideTheCellThatHoldsIt(String name, PageLayout layout, byte[] pdf) {
        List<Glyph> glyphs = new PdfInspection(pdf).glyphs().stream().filter(g -> !g.text().isBlank()).toList();

        assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
            Optional<Cell> cell = holder(layout, glyph);
            assertThat(cell).as("cell of %s at %s", glyph.text(), glyph.box()).isPresent();
            Rect r = cell.orElseThrow().rect();
            assertThat(glyph.box().x()).as(glyph.text()).isGreaterThanOrEqualTo(r.x());
            assertThat(glyph.box().right()).as(glyph.text()).isLessThanOrEqualTo(r.right());
            assertThat(glyph.box().y()).as(glyph.text()).isGreaterThanOrEqualTo(r.y());
            assertThat(glyph.box().bottom()).as(glyph.text()).isLessThanOrEqualTo(r.bottom());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void renderedPageIsBlankOutsideItsCells(String name, PageLayout layout, byte[] pdf) {
        BufferedImage page = new PdfInspection(pdf).render(DPI);
        double mmPerPixel = 25.4 / DPI;
        int inked = 0;

        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                double mx = (x + 0.5) * mmPerPixel;
                double my = (y + 0.5) * mmPerPixel;
                boolean inCell = layout.cells().stream().anyMatch(c -> c.rect().contains(mx, my, BORDER_TOLERANCE + mmPerPixel));
                if (!inCell && (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }

        assertThat(inked).as("inked pixels outside every cell").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyDocumentIsOneA4Page(String name, PageLayout layout, byte[] pdf) {
        PdfInspection inspection = new PdfInspection(pdf);

        assertThat(inspection.pageCount()).isEqualTo(1);
        assertThat(inspection.pageSize().width()).isCloseTo(210.0, within(0.1));
        assertThat(inspection.pageSize().height()).isCloseTo(297.0, within(0.1));
    }

    /** The text cell whose rectangle holds the glyph's centre. */
    private static Optional<Cell> holder(PageLayout layout, Glyph glyph) {
        return layout.cells().stream().filter(Cell::hasText)
                .filter(c -> c.rect().contains(glyph.box().centerX(), glyph.box().centerY(), 0)).findFirst();
    }
}
