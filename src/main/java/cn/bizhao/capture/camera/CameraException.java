package cn.bizhao.capture.camera;

import cn.bizhao.capture.CaptureException;

/** A camera could not be found, opened or read. File import still works; the message says so. */
public class CameraException extends CaptureException {
    /** No camera is connected, or its driver cannot be loaded on this computer. */
    public static final String NONE = "capture.camera.none";
    /** The camera chosen in the settings is not among the connected ones. */
    public static final String NOT_FOUND = "capture.camera.notFound";
    /** The camera is there but could not be opened: usually another program holds it. */
    public static final String BUSY = "capture.camera.busy";
    /** The camera stopped delivering frames: usually unplugged. */
    public static final String LOST = "capture.camera.lost";
    /** The camera or its driver did not answer within the time limit. */
    public static final String NOT_RESPONDING = "capture.camera.notResponding";
    /** A frame was asked for before the camera was opened. */
    public static final String NOT_OPEN = "capture.camera.notOpen";
    /** The folder of a file camera does not exist or cannot be listed. */
    public static final String FOLDER_MISSING = "capture.camera.folderMissing";
    /** The folder of a file camera holds no image files. */
    public static final String FOLDER_EMPTY = "capture.camera.folderEmpty";
    /** A file camera that does not cycle has served all its images. */
    public static final String FOLDER_NO_MORE = "capture.camera.folderNoMore";
    /** An image file in the folder does not decode. */
    public static final String FOLDER_UNREADABLE = "capture.camera.folderUnreadable";
    /** The camera setting is not one of "webcam", "webcam:NAME", "folder:PATH". */
    public static final String SETTING_INVALID = "capture.camera.settingInvalid";

    public CameraException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public CameraException(Throwable cause, String messageKey, Object... arguments) {
        super(cause, messageKey, arguments);
    }
}
