package cn.bizhao.ui.settings;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.capture.CameraSession;
import cn.bizhao.service.capture.CaptureService;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 系统设置 › 摄像头: the station's camera, a webcam (optionally chosen by name) or a folder of
 * pictures, written as {@code webcam}, {@code webcam:NAME} or {@code folder:PATH}; the service checks it.
 */
public final class CameraSettingsViewModel {
    private static final String WEBCAM = "webcam";
    private static final String FOLDER_PREFIX = "folder:";
    private static final String WEBCAM_PREFIX = "webcam:";

    private final BooleanProperty folderChosen = new SimpleBooleanProperty(false);
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User actor;
    private final CaptureService capture;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Messages messages;

    public CameraSettingsViewModel(User actor, CaptureService capture, DialogService dialogs, TaskRunner tasks,
                                   Messages messages) {
        this.actor = actor;
        this.capture = capture;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.messages = messages;
        show(capture.cameraSetting());
    }

    /** The setting as the form writes it. */
    public String setting() {
        if (folderChosen.get()) {
            return FOLDER_PREFIX + folder.get().strip();
        }
        String name = deviceName.get().strip();
        return name.isEmpty() ? WEBCAM : WEBCAM_PREFIX + name;
    }

    public void chooseFolder() {
        dialogs.chooseFolder(messages.get("settings.camera.folder.choose")).ifPresent(chosen -> {
            folder.set(chosen.toString());
            folderChosen.set(true);
        });
    }

    public void save() {
        String setting = setting();
        clearMessages();
        busy.set(true);
        tasks.run(() -> {
            capture.setCameraSetting(actor, setting);
            return capture.cameraSetting();
        }, saved -> {
            busy.set(false);
            show(saved);
            notice.set(messages.get("settings.camera.saved", saved));
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    /** Opens the camera in force and grabs one frame. */
    public void testCamera() {
        clearMessages();
        busy.set(true);
        tasks.run(() -> {
            try (CameraSession camera = capture.openCamera()) {
                BufferedImage frame = camera.grab();
                return messages.get("settings.camera.test.succeeded", camera.deviceName(), String.valueOf(frame.getWidth()),
                        String.valueOf(frame.getHeight()));
            }
        }, succeeded -> {
            busy.set(false);
            notice.set(succeeded);
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    private void show(String setting) {
        current.set(setting);
        if (setting.startsWith(FOLDER_PREFIX)) {
            folderChosen.set(true);
            folder.set(setting.substring(FOLDER_PREFIX.length()));
            deviceName.set("");
        } else {
            folderChosen.set(false);
            deviceName.set(setting.startsWith(WEBCAM_PREFIX) ? setting.substring(WEBCAM_PREFIX.length()) : "");
        }
    }

    private void clearMessages() {
        notice.set("");
        error.set("");
    }

    /** True for a folder of pictures, false for a webcam. */
    public BooleanProperty folderChosenProperty() {
        return folderChosen;
    }

    public StringProperty deviceNameProperty() {
        return deviceName;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    /** The setting in force, as saved. */
    public StringProperty currentProperty() {
        return current;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
