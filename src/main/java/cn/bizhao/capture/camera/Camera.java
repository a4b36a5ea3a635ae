package cn.bizhao.capture.camera;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A source of frames: the photo camera, the document camera (高拍仪), or a folder of image files
 * standing in for either. Every failure is a {@link CameraException} with a {@code capture.*}
 * message key; no call blocks longer than the implementation's time limit.
 * <p>
 * Not thread-safe: one screen owns a camera at a time, and closes it when it leaves.
 */
public interface Camera extends AutoCloseable {

    /** What this camera can open; empty when there is nothing to open. */
    List<CameraDevice> devices();

    /** Opens the device chosen in the settings, or the first one when none was chosen. */
    void open();

    /** Opens the given device, closing any device opened before. */
    void open(CameraDevice device);

    boolean isOpen();

    /** The opened device. */
    CameraDevice device();

    /** The current frame; the camera must be open. */
    BufferedImage grab();

    /** Releases the device; does nothing when it is not open. */
    @Override
    void close();
}
