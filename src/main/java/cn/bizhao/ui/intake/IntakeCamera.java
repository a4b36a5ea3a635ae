package cn.bizhao.ui.intake;

import cn.bizhao.service.capture.CameraSession;
import cn.bizhao.service.capture.CaptureService;
import java.awt.image.BufferedImage;

/**
 * The camera of one intake, opened at the first shot and kept open for the next ones (opening a
 * webcam takes a second). Used only from the draft's queue, one job at a time; a failed shot
 * closes it, so the next shot tries afresh (the camera may have been plugged back in).
 */
final class IntakeCamera {
    private final CaptureService capture;
    private CameraSession session;

    IntakeCamera(CaptureService capture) {
        this.capture = capture;
    }

    BufferedImage grab() {
        try {
            if (session == null) {
                session = capture.openCamera();
            }
            return session.grab();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
