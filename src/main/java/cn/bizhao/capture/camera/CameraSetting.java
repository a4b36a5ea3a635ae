package cn.bizhao.capture.camera;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which camera to use, as written in 系统设置 and on the command line:
 * {@code webcam} (the first camera found), {@code webcam:NAME} (the camera whose name contains
 * NAME, e.g. the document camera) or {@code folder:PATH} (image files served from a folder).
 * An empty setting means {@code webcam}.
 */
public record CameraSetting(Kind kind, String argument) {
    private static final String WEBCAM = "webcam";
    private static final String FOLDER = "folder";

    public enum Kind { WEBCAM, FOLDER }

    public static final CameraSetting DEFAULT = new CameraSetting(Kind.WEBCAM, "");

    public CameraSetting {
        argument = argument == null ? "" : argument.strip();
        if (kind == Kind.FOLDER && argument.isEmpty()) {
            throw new CameraException(CameraException.SETTING_INVALID, FOLDER + ":");
        }
    }

    public static CameraSetting parse(String setting) {
        String text = setting == null ? "" : setting.strip();
        if (text.isEmpty() || text.equals(WEBCAM)) {
            return DEFAULT;
        }
        int colon = text.indexOf(':');
        String prefix = colon < 0 ? text : text.substring(0, colon);
        String argument = colon < 0 ? "" : text.substring(colon + 1);
        if (prefix.equals(WEBCAM)) {
            return new CameraSetting(Kind.WEBCAM, argument);
        }
        if (prefix.equals(FOLDER) && !argument.isBlank()) {
            return new CameraSetting(Kind.FOLDER, argument);
        }
        throw new CameraException(CameraException.SETTING_INVALID, text);
    }

    public static CameraSetting folder(Path folder) {
        return new CameraSetting(Kind.FOLDER, folder.toString());
    }

    /** The webcam chosen by name, if one was. */
    public Optional<String> deviceName() {
        return kind == Kind.WEBCAM && !argument.isEmpty() ? Optional.of(argument) : Optional.empty();
    }

    /** The setting as it is written, so that {@code parse(s.toString())} gives it back. */
    @Override
    public String toString() {
        String prefix = kind == Kind.WEBCAM ? WEBCAM : FOLDER;
        return argument.isEmpty() ? prefix : prefix + ":" + argument;
    }
}
