package cn.bizhao.capture.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.capture.Sha256;
import cn.bizhao.capture.fixtures.LookFolder;
import cn.bizhao.capture.fixtures.Portrait;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoMakerTest {
    private final PhotoMaker maker = new PhotoMaker();

    @Test
    void makesA32By40JpegOfAtLeastTheFormsSize() throws IOException {
        Photo photo = maker.make(Portrait.of(640, 480, Portrait.WHITE_WALL));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertThat(decoded.getWidth()).isEqualTo(photo.width()).isGreaterThanOrEqualTo(378);
        assertThat(decoded.getHeight()).isEqualTo(photo.height()).isGreaterThanOrEqualTo(472);
        assertThat(decoded.getWidth() * 40).isEqualTo(decoded.getHeight() * 32);
        LookFolder.write(photo.jpeg(), "photo-light.jpg");
    }

    @Test
    void enlargesASmallCropToTheFormsSize() throws IOException {
        BufferedImage frame = Portrait.of(320, 240, Portrait.WHITE_WALL);

        Photo photo = maker.make(frame, PhotoCrop.fitted(110, 20, 100, 125, 320, 240));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertThat(decoded.getWidth()).isEqualTo(PhotoMaker.WIDTH);
        assertThat(decoded.getHeight()).isEqualTo(PhotoMaker.HEIGHT);
    }

    @Test
    void keepsTheHashOfTheStoredBytes() {
        Photo photo = maker.make(Portrait.of(640, 480, Portrait.WHITE_WALL));

        assertThat(photo.sha256()).isEqualTo(Sha256.of(photo.jpeg()));
    }

    @Test
    void passesALightBackground() {
        Photo photo = maker.make(Portrait.of(640, 480, Portrait.WHITE_WALL));

        assertThat(photo.background().isLight()).isTrue();
        assertThat(photo.background().warningKey()).isEmpty();
    }

    @Test
    void warnsOfADarkBackground() {
        Photo photo = maker.make(Portrait.of(640, 480, Portrait.DARK_WALL));

        assertThat(photo.background().verdict()).isEqualTo(BackgroundCheck.Verdict.DARK);
        assertThat(photo.background().warningKey()).contains("capture.photo.backgroundDark");
        LookFolder.write(photo.jpeg(), "photo-dark.jpg");
    }

    @Test
    void warnsOfSomethingOnTheWallBehindTheHead() {
        BufferedImage frame = Portrait.of(640, 480, Portrait.WHITE_WALL);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(30, 90, 40));
        g.fillRect(128, 0, 80, 200);
        g.dispose();

        Photo photo = maker.make(frame);

        assertThat(photo.background().warningKey()).contains("capture.photo.backgroundUneven");
    }

    @Test
    void refusesACropOutsideTheFrame() {
        BufferedImage frame = Portrait.of(640, 480, Portrait.WHITE_WALL);

        assertThatThrownBy(() -> maker.make(frame, new PhotoCrop(400, 0, 384, 480)))
                .isInstanceOfSatisfying(PhotoException.class, e -> assertThat(e.messageKey()).isEqualTo("capture.photo.cropOutside"));
    }
}
