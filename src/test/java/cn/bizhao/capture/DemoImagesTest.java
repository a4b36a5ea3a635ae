package cn.bizhao.capture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.capture.fixtures.LookFolder;
import cn.bizhao.capture.page.PageImporter;
import cn.bizhao.capture.page.PageStraightener;
import cn.bizhao.capture.page.StraightenedPage;
import cn.bizhao.capture.photo.Photo;
import cn.bizhao.capture.photo.PhotoMaker;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The images shipped under resources/demo/ do what the demo shows them doing. */
class DemoImagesTest {
    private static final int SMALL = 150 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"portrait-light.jpg", "portrait-dark.jpg", "desk-certificate.jpg", "desk-contract.jpg"})
    void isASmallJpegThatImports(String name) {
        byte[] bytes = demo(name);

        assertThat(bytes.length).isLessThan(SMALL);
        assertThat(new PageImporter().read(name, bytes).image()).isPresent();
    }

    @Test
    void lightPortraitMakesAPhotoWithoutWarning() {
        assertThat(photoOf("portrait-light.jpg").background().warningKey()).isEmpty();
    }

    @Test
    void darkPortraitMakesAPhotoWithTheWarning() {
        Photo photo = photoOf("portrait-dark.jpg");

        assertThat(photo.background().warningKey()).contains("capture.photo.backgroundDark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"desk-certificate.jpg", "desk-contract.jpg"})
    void deskPhotoStraightensToAnUprightPage(String name) {
        StraightenedPage page = new PageStraightener().straighten(image(name));

        assertThat(page.sheetFound()).isTrue();
        assertThat(page.image().getHeight()).isGreaterThan(page.image().getWidth());
        LookFolder.write(page.image(), "demo-" + name.replace(".jpg", ".png"));
    }

    private static Photo photoOf(String name) {
        return new PhotoMaker().make(image(name));
    }

    private static BufferedImage image(String name) {
        return new PageImporter().read(name, demo(name)).image().orElseThrow();
    }

    private static byte[] demo(String name) {
        try (InputStream in = DemoImagesTest.class.getResourceAsStream("/demo/" + name)) {
            assertThat(in).as("demo image %s on the classpath", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
