package cn.bizhao.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.documents.DocumentException;
import cn.bizhao.documents.PdfInspection;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfComposerTest {
    /** A rare character (U+520F) missing from the Song face but present in the Hei face. */
    private static final String RARE = "\u520f";
    private static final String COMMON = "\u738b";
    private final PdfComposer composer = new PdfComposer();

    @Test
    void takesACharacterMissingFromTheSongFaceFromTheHeiFace() {
        PdfInspection pdf = new PdfInspection(composer.compose(page(COMMON + RARE)));

        assertThat(pdf.compactText()).isEqualTo(COMMON + RARE);
        assertThat(pdf.glyphs()).hasSize(2);
    }

    @Test
    void refusesACharacterNoBundledFaceHas() {
        String emoji = new String(Character.toChars(0x1F600));

        assertThatThrownBy(() -> composer.compose(page(COMMON + emoji))).isInstanceOf(DocumentException.class)
                .satisfies(e -> {
                    DocumentException d = (DocumentException) e;
                    assertThat(d.messageKey()).isEqualTo("document.error.unprintableCharacter");
                    assertThat(d.arguments()).containsExactly(emoji);
                });
    }

    @Test
    void writesTheTitleIntoTheDocumentInformation() {
        byte[] pdf = composer.compose(new PageLayout("T-" + COMMON, List.of(), List.of()));

        assertThat(new PdfInspection(pdf).pageCount()).isEqualTo(1);
        assertThat(new PdfInspection(pdf).title()).isEqualTo("T-" + COMMON);
    }

    private static PageLayout page(String text) {
        Cell cell = new Cell("c", new Rect(20, 20, 60, 10), List.of(Paragraph.song(text, 10.5f, Align.LEFT)),
                VAlign.MIDDLE, true);
        return new PageLayout("t", List.of(cell), List.of());
    }
}
