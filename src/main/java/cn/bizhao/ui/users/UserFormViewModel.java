package cn.bizhao.ui.users;

import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.account.NewUser;
import cn.bizhao.service.account.UserAdministration;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The administrator's dialog about one user: create a user, set the roles, or reset the password.
 * One form serves all three; each purpose shows only the fields it needs.
 */
public final class UserFormViewModel {
    /** What the dialog is for; its title is {@code users.form.title.<NAME>}. */
    public enum Purpose { CREATE, EDIT_ROLES, RESET_PASSWORD }

    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final Purpose purpose;
    private final User actor;
    private final User target;
    private final UserAdministration users;
    private final TaskRunner tasks;
    private final Messages messages;

    /** @param target the user the dialog is about; null when creating one */
    public UserFormViewModel(Purpose purpose, User actor, User target, UserAdministration users, TaskRunner tasks,
                             Messages messages) {
        this.purpose = purpose;
        this.actor = actor;
        this.target = target;
        this.users = users;
        this.tasks = tasks;
        this.messages = messages;
        Set<Role> held = target == null ? Set.of() : target.roles();
        for (Role role : Role.values()) {
            roles.put(role, new SimpleBooleanProperty(held.contains(role)));
        }
    }

    public Purpose purpose() {
        return purpose;
    }

    public String title() {
        String key = "users.form.title." + purpose.name();
        return target == null ? messages.get(key) : messages.get(key, target.displayName(), target.login());
    }

    public boolean showsIdentity() {
        return purpose == Purpose.CREATE;
    }

    public boolean showsRoles() {
        return purpose != Purpose.RESET_PASSWORD;
    }

    public boolean showsPassword() {
        return purpose != Purpose.EDIT_ROLES;
    }

    /** Saves through the service; {@code saved} receives the user as stored, or the error is shown in the form. */
    public void submit(Consumer<User> saved) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        tasks.run(work(), user -> {
            busy.set(false);
            saved.accept(user);
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    private Callable<User> work() {
        char[] typed = password.get().toCharArray();
        char[] typedAgain = repeated.get().toCharArray();
        Set<Role> chosen = chosenRoles();
        return switch (purpose) {
            case CREATE -> () -> users.create(actor, new NewUser(login.get(), displayName.get(), chosen, typed, typedAgain));
            case EDIT_ROLES -> () -> users.changeRoles(actor, target.login(), chosen);
            case RESET_PASSWORD -> () -> users.resetPassword(actor, target.login(), typed, typedAgain);
        };
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, ticked) -> {
            if (ticked.get()) {
                chosen.add(role);
            }
        });
        return chosen;
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

    public StringProperty repeatedProperty() {
        return repeated;
    }

    /** One tick box per role, in the order of {@link Role}. */
    public Map<Role, BooleanProperty> roles() {
        return Collections.unmodifiableMap(roles);
    }

    public String roleName(Role role) {
        return messages.of(role);
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
