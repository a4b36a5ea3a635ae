package cn.bizhao.capture.camera;

import com.github.sarxos.webcam.WebcamLockException;
import java.util.concurrent.TimeoutException;

/**
 * Turns what the webcam library and its native driver throw into the message the clerk needs.
 * The same exception means different things at different moments: a driver error while looking
 * for cameras means there is none to use, while opening it means the camera is held elsewhere,
 * while grabbing it means the camera went away.
 */
enum WebcamFailures {
    DISCOVERY(CameraException.NONE),
    OPEN(CameraException.BUSY),
    GRAB(CameraException.LOST);

    private final String usualKey;

    WebcamFailures(String usualKey) {
        this.usualKey = usualKey;
    }

    CameraException explain(Throwable failure) {
        Throwable cause = failure instanceof TimeBound.DriverFailure carried ? carried.getCause() : failure;
        if (cause instanceof CameraException known) {
            return known;
        }
        if (cause instanceof LinkageError) {
            // The native grabber did not load (on Linux: libv4l-0 missing); for the clerk that is no camera.
            return new CameraException(cause, CameraException.NONE);
        }
        if (cause instanceof WebcamLockException) {
            // Another copy of this program (or any Webcam Capture program) holds the camera.
            return new CameraException(cause, CameraException.BUSY);
        }
        if (cause instanceof TimeoutException) {
            return new CameraException(cause, CameraException.NOT_RESPONDING);
        }
        return new CameraException(cause, usualKey);
    }
}
