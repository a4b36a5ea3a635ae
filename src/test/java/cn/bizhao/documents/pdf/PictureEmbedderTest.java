package cn.bizhao.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.bizhao.documents.PdfInspection;
import cn.bizhao.documents.PdfInspection.DrawnImage;
import cn.bizhao.documents.Samples;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PictureEmbedderTest {
    private static final Rect BOX = new Rect(20, 20, 32, 40);
    private final PdfComposer composer = new PdfComposer();

    @Test
    void keepsAPhotoOfPrintResolutionAsItIs() {
        byte[] photo = Samples.photoJpeg();

        DrawnImage drawn = drawnOnly(photo);

        assertThat(drawn.pixelWidth()).isEqualTo(Samples.PHOTO_WIDTH_PX);
        assertThat(drawn.suffix()).isEqualTo("jpg");
    }

    @Test
    void scalesAnOversizedPhotoDownTo300DpiAtTheSameSize() {
        byte[] camera = Samples.photoJpeg(2400, 3000);

        DrawnImage drawn = drawnOnly(camera);

        assertThat(drawn.pixelWidth()).isEqualTo((int) Math.ceil(32 / 25.4 * 300));
        assertThat(drawn.rect().width()).isCloseTo(32.0, within(0.01));
        assertThat(drawn.rect().height()).isCloseTo(40.0, within(0.01));
    }

    @Test
    void scalesAnOversizedSealDownAndKeepsItsTransparency() throws IOException {
        byte[] seal = transparentPng(1800);

        DrawnImage drawn = drawnOnly(seal);

        assertThat(drawn.pixelWidth()).isLessThanOrEqualTo((int) Math.ceil(32 / 25.4 * 300));
        assertThat(drawn.hasSoftMask()).isTrue();
    }

    private DrawnImage drawnOnly(byte[] image) {
        PageLayout layout = new PageLayout("t", List.of(), List.of(new Picture("p", BOX, image)));
        List<DrawnImage> images = new PdfInspection(composer.compose(layout)).images();
        assertThat(images).hasSize(1);
        return images.get(0);
    }

    private static byte[] transparentPng(int side) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(side / 8, side / 8, side * 3 / 4, side * 3 / 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
