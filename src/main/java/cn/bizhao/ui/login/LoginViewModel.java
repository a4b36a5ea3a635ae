package cn.bizhao.ui.login;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.account.AccountService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in: the login name stays when the password was wrong; the password is cleared. The window
 * shows it while the station is still opening: the station's name comes when it is open, and a
 * sign-in typed before that waits for it off the FX thread.
 */
public final class LoginViewModel {
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty station = new SimpleStringProperty("");

    private final Supplier<AccountService> accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<User> signedIn;

    public LoginViewModel(AccountService accounts, TaskRunner tasks, Messages messages, Consumer<User> signedIn) {
        this(() -> accounts, tasks, messages, signedIn);
    }

    /** @param accounts the accounts of the station, asked off the FX thread; waits while the station opens */
    public LoginViewModel(Supplier<AccountService> accounts, TaskRunner tasks, Messages messages,
                          Consumer<User> signedIn) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.signedIn = signedIn;
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (login.get().isBlank() || password.get().isEmpty()) {
            error.set(messages.get("login.error.required"));
            return;
        }
        busy.set(true);
        error.set("");
        char[] typed = password.get().toCharArray();
        tasks.run(() -> accounts.get().login(login.get(), typed), user -> {
            busy.set(false);
            password.set("");
            signedIn.accept(user);
        }, failure -> {
            busy.set(false);
            password.set("");
            error.set(ErrorText.of(failure, messages));
        });
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The institution and station signed in to, empty until the station is open. */
    public StringProperty stationProperty() {
        return station;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
