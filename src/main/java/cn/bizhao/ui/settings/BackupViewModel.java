package cn.bizhao.ui.settings;

import cn.bizhao.domain.backup.BackupPassphraseRule;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.backup.BackupResult;
import cn.bizhao.service.backup.BackupService;
import cn.bizhao.service.backup.LastBackup;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 系统设置 › 备份: the administrator chooses a folder, types the passphrase twice and backs the station up
 * while it keeps running; the screen shows each step and when the last backup was made. Restoring needs
 * the program closed and a new data home, so it stays on the command line and the tab says how.
 */
public final class BackupViewModel {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty lastBackup = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User actor;
    private final BackupService backups;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final Messages messages;
    private final ZoneId zone;

    /** @param uiThread where the steps reach the properties: the FX thread in the window, the caller's in tests */
    public BackupViewModel(User actor, BackupService backups, DialogService dialogs, TaskRunner tasks, Executor uiThread,
                           Messages messages, ZoneId zone) {
        this.actor = actor;
        this.backups = backups;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.messages = messages;
        this.zone = zone;
    }

    /** Reads when the last backup was made. */
    public void load() {
        tasks.run(() -> backups.lastBackup(actor), this::showLast, failure -> error.set(ErrorText.of(failure, messages)));
    }

    public void chooseFolder() {
        dialogs.chooseFolder(messages.get("settings.backup.chooseTitle")).ifPresent(chosen -> folder.set(chosen.toString()));
    }

    /** Backs up into the chosen folder; the passphrases are cleared whatever the outcome. */
    public void backUp() {
        notice.set("");
        error.set("");
        if (folder.get() == null || folder.get().isBlank()) {
            error.set(messages.get("settings.backup.noFolder"));
            return;
        }
        Path into = Path.of(folder.get().strip());
        char[] typed = passphrase.get().toCharArray();
        char[] again = repeated.get().toCharArray();
        passphrase.set("");
        repeated.set("");
        busy.set(true);
        tasks.run(() -> {
            try {
                return backups.backUp(actor, into, typed, again,
                        current -> uiThread.execute(() -> step.set(messages.of(current))));
            } finally {
                Arrays.fill(typed, '\0');
                Arrays.fill(again, '\0');
            }
        }, this::done, failure -> {
            finish();
            error.set(ErrorText.of(failure, messages));
        });
    }

    private void done(BackupResult result) {
        finish();
        notice.set(messages.get("settings.backup.done", result.folder().toString(), result.files(),
                String.format(Locale.ROOT, "%.1f", result.bytes() / 1e6)));
        load();
    }

    private void finish() {
        busy.set(false);
        step.set("");
    }

    private void showLast(Optional<LastBackup> last) {
        lastBackup.set(last.map(l -> messages.get("settings.backup.last",
                        SHOWN.format(LocalDateTime.ofInstant(l.at(), zone)), l.folder()))
                .orElseGet(() -> messages.get("settings.backup.never")));
    }

    public String passphraseHint() {
        return messages.get("settings.backup.passphrase.hint", BackupPassphraseRule.MIN_LENGTH);
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public StringProperty lastBackupProperty() {
        return lastBackup;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
