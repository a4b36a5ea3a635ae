package cn.bizhao.ui.settings;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.DialogService.FileType;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** 系统设置 › 机构印章: the seal printed on the stamped form, a PNG with a transparent background. */
public final class SealSettingsViewModel {
    private final ObjectProperty<byte[]> sealPng = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User actor;
    private final DocumentService documents;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Messages messages;

    public SealSettingsViewModel(User actor, DocumentService documents, DialogService dialogs, TaskRunner tasks,
                                 Messages messages) {
        this.actor = actor;
        this.documents = documents;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Reads the seal in force, if any, for the preview. */
    public void load() {
        tasks.run(() -> documents.currentSeal(actor).orElse(null), sealPng::set,
                failure -> error.set(ErrorText.of(failure, messages)));
    }

    /** Asks for a PNG file and makes it the institution's seal. */
    public void chooseAndUpload() {
        List<Path> chosen = dialogs.chooseFilesToOpen(messages.get("settings.seal.choose"), FileType.PNG);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get(0);
        notice.set("");
        error.set("");
        busy.set(true);
        tasks.run(() -> {
            byte[] png = read(file);
            documents.setSeal(actor, png);
            return png;
        }, saved -> {
            busy.set(false);
            sealPng.set(saved);
            notice.set(messages.get("settings.seal.saved", file.getFileName().toString()));
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException("settings.seal.cannotRead", file.getFileName().toString());
        }
    }

    /** The seal's PNG bytes; null when none is set. */
    public ObjectProperty<byte[]> sealPngProperty() {
        return sealPng;
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
