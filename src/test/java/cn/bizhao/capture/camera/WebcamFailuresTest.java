package cn.bizhao.capture.camera;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.sarxos.webcam.WebcamException;
import com.github.sarxos.webcam.WebcamLockException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WebcamFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(WebcamFailures.DISCOVERY, new UnsatisfiedLinkError("libv4l2.so.0"), CameraException.NONE),
                Arguments.of(WebcamFailures.OPEN, new NoClassDefFoundError("OpenIMAJGrabber"), CameraException.NONE),
                Arguments.of(WebcamFailures.DISCOVERY, new WebcamException("driver"), CameraException.NONE),
                Arguments.of(WebcamFailures.OPEN, new WebcamException("Cannot start native grabber!"), CameraException.BUSY),
                Arguments.of(WebcamFailures.OPEN, new WebcamLockException("locked"), CameraException.BUSY),
                Arguments.of(WebcamFailures.GRAB, new WebcamException("device gone"), CameraException.LOST),
                Arguments.of(WebcamFailures.DISCOVERY, new TimeBound.DriverFailure(new TimeoutException()), CameraException.NOT_RESPONDING),
                Arguments.of(WebcamFailures.GRAB, new CameraException(CameraException.NOT_RESPONDING), CameraException.NOT_RESPONDING));
    }

    @ParameterizedTest(name = "{1} while {0} -> {2}")
    @MethodSource("failures")
    void explainsWhatTheDriverThrew(WebcamFailures phase, Throwable thrown, String expectedKey) {
        assertThat(phase.explain(thrown).messageKey()).isEqualTo(expectedKey);
    }
}
