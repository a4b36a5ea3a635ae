package cn.bizhao.ui.lock;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.account.AccountService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The locked screen: only the signed-in user's password opens it again. Each attempt is a login, so
 * five wrong passwords lock the account exactly as at the login screen; signing out is the way left.
 */
public final class LockViewModel {
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final User user;
    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable unlocked;
    private final Runnable signOut;

    public LockViewModel(User user, AccountService accounts, TaskRunner tasks, Messages messages, Runnable unlocked,
                         Runnable signOut) {
        this.user = user;
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.unlocked = unlocked;
        this.signOut = signOut;
    }

    public String explanation() {
        return messages.get("lock.explanation", user.displayName(), user.login());
    }

    public void unlock() {
        if (busy.get()) {
            return;
        }
        if (password.get().isEmpty()) {
            error.set(messages.get("lock.error.required"));
            return;
        }
        busy.set(true);
        error.set("");
        char[] typed = password.get().toCharArray();
        password.set("");
        tasks.run(() -> accounts.unlock(user, typed), same -> {
            busy.set(false);
            unlocked.run();
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    public void signOut() {
        password.set("");
        signOut.run();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
