package cn.bizhao.documents.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.documents.DocumentException;
import cn.bizhao.documents.PdfInspection;
import cn.bizhao.documents.Samples;
import cn.bizhao.documents.form.RegistrationFormDocument;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PagePreviewTest {
    private final PagePreview preview = new PagePreview();
    private final byte[] form = new RegistrationFormDocument().render(Samples.filledForm());

    @Test
    void rendersTheA4PageAtTheRequestedResolution() {
        BufferedImage image = preview.render(form, 0, 96f);

        assertThat(preview.pageCount(form)).isEqualTo(1);
        assertThat(image.getWidth()).isEqualTo((int) (210 / 25.4 * 96));
        assertThat(image.getHeight()).isEqualTo((int) (297 / 25.4 * 96));
    }

    @Test
    void showsExactlyWhatThePdfDraws() {
        BufferedImage shown = preview.render(form, 0, 50f);
        BufferedImage rendered = new PdfInspection(form).render(50f);

        assertThat(shown.getWidth()).isEqualTo(rendered.getWidth());
        for (int y = 0; y < shown.getHeight(); y += 7) {
            for (int x = 0; x < shown.getWidth(); x += 7) {
                assertThat(shown.getRGB(x, y)).isEqualTo(rendered.getRGB(x, y));
            }
        }
    }

    @Test
    void refusesBytesThatAreNoPdf() {
        byte[] junk = "not a pdf".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> preview.render(junk, 0, 96f)).isInstanceOf(DocumentException.class)
                .extracting(e -> ((DocumentException) e).messageKey()).isEqualTo("document.error.unreadable");
    }
}
