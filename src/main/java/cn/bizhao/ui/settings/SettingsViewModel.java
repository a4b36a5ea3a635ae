package cn.bizhao.ui.settings;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.account.SessionPolicy;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** 系统设置, the station's settings other than users: how long an idle session waits before it locks. */
public final class SettingsViewModel {
    private final IntegerProperty idleMinutes;
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User actor;
    private final SessionPolicy sessions;
    private final TaskRunner tasks;
    private final Messages messages;

    public SettingsViewModel(User actor, SessionPolicy sessions, TaskRunner tasks, Messages messages) {
        this.actor = actor;
        this.sessions = sessions;
        this.tasks = tasks;
        this.messages = messages;
        this.idleMinutes = new SimpleIntegerProperty(sessions.idleLockMinutes());
    }

    public int minIdleMinutes() {
        return SessionPolicy.MIN_IDLE_LOCK_MINUTES;
    }

    public int maxIdleMinutes() {
        return SessionPolicy.MAX_IDLE_LOCK_MINUTES;
    }

    public void saveIdleMinutes() {
        int minutes = idleMinutes.get();
        error.set("");
        notice.set("");
        tasks.run(() -> {
            sessions.changeIdleLockMinutes(actor, minutes);
            return minutes;
        }, saved -> notice.set(messages.get("settings.idleLock.saved", saved)),
                failure -> error.set(ErrorText.of(failure, messages)));
    }

    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
