package cn.bizhao.capture.camera;

import java.nio.file.Path;

/** Gives the camera a setting names. Nothing is opened here: opening is where a missing camera shows. */
public final class CameraChooser {
    private final WebcamCamera.Limits webcamLimits;

    public CameraChooser(WebcamCamera.Limits webcamLimits) {
        this.webcamLimits = webcamLimits;
    }

    public CameraChooser() {
        this(WebcamCamera.Limits.DEFAULT);
    }

    /** @throws CameraException {@link CameraException#SETTING_INVALID} for a setting that names no camera */
    public Camera choose(String setting) {
        return choose(CameraSetting.parse(setting));
    }

    public Camera choose(CameraSetting setting) {
        return switch (setting.kind()) {
            case WEBCAM -> new WebcamCamera(setting.deviceName(), webcamLimits);
            case FOLDER -> new FolderCamera(Path.of(setting.argument()), FolderCamera.AtEnd.CYCLE);
        };
    }
}
