package cn.bizhao.capture.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRotationTest {

    /** A 3×2 image whose top-left pixel is marked; where the mark goes tells the turn. */
    @ParameterizedTest(name = "{0} quarter turns: {1}x{2}, mark at ({3},{4})")
    @CsvSource({
            "0, 3, 2, 0, 0",
            "1, 2, 3, 1, 0",
            "2, 3, 2, 2, 1",
            "3, 2, 3, 0, 2",
            "4, 3, 2, 0, 0",
            "-1, 2, 3, 0, 2"})
    void turnsThePageClockwiseByQuarterTurns(int turns, int width, int height, int markX, int markY) {
        BufferedImage page = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        page.setRGB(0, 0, 0xff0000);

        BufferedImage turned = PageRotation.rotate(page, turns);

        assertThat(turned.getWidth()).isEqualTo(width);
        assertThat(turned.getHeight()).isEqualTo(height);
        assertThat(turned.getRGB(markX, markY) & 0xffffff).isEqualTo(0xff0000);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "5, 1", "-1, 3", "-6, 2"})
    void countsTurnsAsAPageStoresThem(int turns, int stored) {
        assertThat(PageRotation.normalise(turns)).isEqualTo(stored);
    }
}
