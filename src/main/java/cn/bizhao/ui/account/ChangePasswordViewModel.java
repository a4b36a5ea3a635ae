package cn.bizhao.ui.account;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.account.AccountService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Choosing one's own password: required after the administrator set it (the user cannot go further
 * without it), or asked for from the status bar. The fields are cleared after every attempt.
 */
public final class ChangePasswordViewModel {
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty chosen = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final User user;
    private final boolean required;
    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<User> changed;
    private final Runnable cancelled;

    /**
     * @param required  true when the administrator set the password and the user must choose one now
     * @param changed   receives the user once the password is changed
     * @param cancelled leaves without a change: signs out when {@code required}, closes the dialog otherwise
     */
    public ChangePasswordViewModel(User user, boolean required, AccountService accounts, TaskRunner tasks, Messages messages,
                                   Consumer<User> changed, Runnable cancelled) {
        this.user = user;
        this.required = required;
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.changed = changed;
        this.cancelled = cancelled;
    }

    public String heading() {
        return messages.get(required ? "account.changePassword.required" : "account.changePassword.title");
    }

    public String explanation() {
        return messages.get(required ? "account.changePassword.requiredExplanation" : "account.changePassword.explanation",
                user.displayName());
    }

    public String cancelText() {
        return messages.get(required ? "account.signOut" : "common.cancel");
    }

    public void change() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        char[] typedCurrent = current.get().toCharArray();
        char[] typedChosen = chosen.get().toCharArray();
        char[] typedRepeated = repeated.get().toCharArray();
        clear();
        tasks.run(() -> accounts.changePassword(user.login(), typedCurrent, typedChosen, typedRepeated), done -> {
            busy.set(false);
            changed.accept(done);
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    public void cancel() {
        clear();
        cancelled.run();
    }

    private void clear() {
        current.set("");
        chosen.set("");
        repeated.set("");
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty chosenProperty() {
        return chosen;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
