package cn.bizhao.service.capture;

import cn.bizhao.capture.camera.Camera;
import java.awt.image.BufferedImage;

/**
 * An opened camera, held by one screen while it captures and closed when the screen leaves.
 * Every failure is a {@code capture.*} message; file import works whatever happens here.
 */
public final class CameraSession implements AutoCloseable {
    private final Camera camera;

    CameraSession(Camera camera) {
        this.camera = camera;
    }

    /** The current frame. */
    public BufferedImage grab() {
        return camera.grab();
    }

    /** The name of the opened device, for the screen. */
    public String deviceName() {
        return camera.device().name();
    }

    @Override
    public void close() {
        camera.close();
    }
}
