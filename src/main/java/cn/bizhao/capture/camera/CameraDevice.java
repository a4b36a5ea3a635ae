package cn.bizhao.capture.camera;

/**
 * A device a camera can open, as shown in 系统设置.
 *
 * @param name the name the driver reports (for a webcam) or the folder (for a file camera)
 */
public record CameraDevice(String name) {
    public CameraDevice {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a camera device needs a name");
        }
    }
}
