package cn.bizhao.capture.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhotoCropTest {

    @Test
    void centresTheLargest32By40FrameOnALandscapeCameraFrame() {
        assertThat(PhotoCrop.centred(640, 480)).isEqualTo(new PhotoCrop(128, 0, 384, 480));
    }

    @Test
    void centresTheLargest32By40FrameOnAPortrait() {
        assertThat(PhotoCrop.centred(600, 1000)).isEqualTo(new PhotoCrop(0, 125, 600, 750));
    }

    @Test
    void fitsTheLargest32By40FrameInsideADrawnRectangleAroundItsCentre() {
        PhotoCrop crop = PhotoCrop.fitted(100, 50, 300, 300, 1280, 720);

        assertThat(crop).isEqualTo(new PhotoCrop(130, 50, 240, 300));
    }

    @Test
    void movesAFrameDrawnPastTheEdgeBackInside() {
        PhotoCrop crop = PhotoCrop.fitted(550, 400, 200, 250, 640, 480);

        assertThat(crop).isEqualTo(new PhotoCrop(440, 230, 200, 250));
        assertThat(crop.fitsIn(640, 480)).isTrue();
    }

    @Test
    void shrinksAFrameLargerThanTheImage() {
        assertThat(PhotoCrop.fitted(-100, -200, 840, 880, 640, 480)).isEqualTo(new PhotoCrop(128, 0, 384, 480));
    }

    @Test
    void refusesAFrameTooSmallForAPhoto() {
        assertThatThrownBy(() -> PhotoCrop.centred(60, 40)).isInstanceOfSatisfying(PhotoException.class,
                e -> assertThat(e.messageKey()).isEqualTo("capture.photo.frameTooSmall"));
    }

    @Test
    void refusesARectangleThatIsNot32By40() {
        assertThatThrownBy(() -> new PhotoCrop(0, 0, 100, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
