package cn.bizhao.ui.setup;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.account.AccountService;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.packages.KeyService;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First start: the first administrator chooses a password (there is no default one), names
 * the institution and the station, and chooses the algorithm of the station's signing key, which
 * is made at once so that the station can sign packages from its first day. What was typed stays
 * when something is refused.
 */
public final class FirstRunViewModel {
    private final StringProperty login = new SimpleStringProperty("admin");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeatedPassword = new SimpleStringProperty("");
    private final StringProperty institutionName = new SimpleStringProperty("");
    private final StringProperty institutionCode = new SimpleStringProperty("");
    private final StringProperty stationName = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<KeyAlgorithm> keyAlgorithm = new SimpleObjectProperty<>(KeyAlgorithm.DEFAULT);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final AccountService accounts;
    private final KeyService keys;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<User> created;

    public FirstRunViewModel(AccountService accounts, KeyService keys, TaskRunner tasks, Messages messages,
                             Consumer<User> created) {
        this.accounts = accounts;
        this.keys = keys;
        this.tasks = tasks;
        this.messages = messages;
        this.created = created;
    }

    public void create() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        FirstAdministrator first = new FirstAdministrator(login.get(), displayName.get(),
                password.get().toCharArray(), repeatedPassword.get().toCharArray(),
                new StationInfo(institutionName.get(), institutionCode.get().toUpperCase(Locale.ROOT),
                        stationName.get()));
        KeyAlgorithm algorithm = keyAlgorithm.get() == null ? KeyAlgorithm.DEFAULT : keyAlgorithm.get();
        tasks.run(() -> withSigningKey(accounts.createFirstAdministrator(first), algorithm), user -> {
            busy.set(false);
            created.accept(user);
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    /** The administrator, once the station's key exists: the key names the institution and the station just set. */
    private User withSigningKey(User administrator, KeyAlgorithm algorithm) {
        keys.create(administrator, algorithm);
        return administrator;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatedPasswordProperty() {
        return repeatedPassword;
    }

    public StringProperty institutionNameProperty() {
        return institutionName;
    }

    public StringProperty institutionCodeProperty() {
        return institutionCode;
    }

    public StringProperty stationNameProperty() {
        return stationName;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<KeyAlgorithm> keyAlgorithmProperty() {
        return keyAlgorithm;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
