package cn.bizhao.capture.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real webcam library on a machine without a camera (a build server). Where a camera is
 * connected these tests are skipped by their assumption rather than failing.
 */
class WebcamCameraTest {
    /** A guard against a hang, not a speed requirement: the camera's own limits are well inside it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void reportsNoCameraWhenOpeningWithoutOne() {
        WebcamCamera camera = new WebcamCamera();
        Assumptions.assumeTrue(noCameraConnected(camera), "a camera is connected");

        CameraException failure = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchCameraException(camera::open));

        assertThat(failure.messageKey()).isEqualTo(CameraException.NONE);
        assertThat(camera.isOpen()).isFalse();
    }

    @Test
    void reportsNoCameraRatherThanTheChosenOneMissingWhenThereIsNone() {
        WebcamCamera camera = new WebcamCamera(Optional.of("Document Camera"), WebcamCamera.Limits.DEFAULT);
        Assumptions.assumeTrue(noCameraConnected(camera), "a camera is connected");

        CameraException failure = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchCameraException(() -> camera.open(new CameraDevice("Document Camera"))));

        assertThat(failure.messageKey()).isEqualTo(CameraException.NONE);
    }

    @Test
    void refusesToGrabFromACameraNotOpened() {
        WebcamCamera camera = new WebcamCamera();

        assertThatThrownBy(camera::grab).isInstanceOfSatisfying(CameraException.class,
                e -> assertThat(e.messageKey()).isEqualTo(CameraException.NOT_OPEN));
    }

    @Test
    void closesQuietlyWhenNothingIsOpen() {
        WebcamCamera camera = new WebcamCamera();

        camera.close();

        assertThat(camera.isOpen()).isFalse();
    }

    /** True when the library finds no camera, or its native part does not load (both mean "no camera"). */
    private static boolean noCameraConnected(WebcamCamera camera) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                List<CameraDevice> devices = camera.devices();
                return devices.isEmpty();
            } catch (CameraException e) {
                assertThat(e.messageKey()).isEqualTo(CameraException.NONE);
                return true;
            }
        });
    }

    private static CameraException catchCameraException(Runnable action) {
        try {
            action.run();
        } catch (CameraException e) {
            return e;
        }
        throw new AssertionError("expected a CameraException");
    }
}
