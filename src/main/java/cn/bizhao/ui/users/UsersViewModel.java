package cn.bizhao.ui.users;

import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.account.UserAdministration;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.users.UserFormViewModel.Purpose;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 用户管理: the station's users, and the administrator's actions on the one chosen. */
public final class UsersViewModel {
    private final ObservableList<UserRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserRow> selected = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User actor;
    private final UserAdministration users;
    private final TaskRunner tasks;
    private final Messages messages;

    public UsersViewModel(User actor, UserAdministration users, TaskRunner tasks, Messages messages) {
        this.actor = actor;
        this.users = users;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void refresh() {
        act(() -> users.list(actor), null);
    }

    /** A form to create a user; once saved, the table shows the new user. */
    public UserFormViewModel createForm() {
        return form(Purpose.CREATE, null);
    }

    public UserFormViewModel rolesForm() {
        return form(Purpose.EDIT_ROLES, selected.get().user());
    }

    public UserFormViewModel resetPasswordForm() {
        return form(Purpose.RESET_PASSWORD, selected.get().user());
    }

    private UserFormViewModel form(Purpose purpose, User target) {
        return new UserFormViewModel(purpose, actor, target, users, tasks, messages);
    }

    /** Called when a form was saved: tells what happened and shows the table as stored. */
    public void saved(Purpose purpose, User user) {
        String done = messages.get("users.notice." + purpose.name(), user.displayName(), user.login());
        act(() -> users.list(actor), done);
    }

    public void disableSelected() {
        User user = selected.get().user();
        act(() -> {
            users.disable(actor, user.login());
            return users.list(actor);
        }, messages.get("users.notice.disabled", user.displayName(), user.login()));
    }

    public void enableSelected() {
        User user = selected.get().user();
        act(() -> {
            users.enable(actor, user.login());
            return users.list(actor);
        }, messages.get("users.notice.enabled", user.displayName(), user.login()));
    }

    private void act(Callable<List<User>> work, String done) {
        String chosen = selected.get() == null ? null : selected.get().login();
        error.set("");
        tasks.run(work, list -> {
            rows.setAll(list.stream().map(this::row).toList());
            rows.stream().filter(r -> r.login().equals(chosen)).findFirst().ifPresent(selected::set);
            notice.set(done == null ? "" : done);
        }, failure -> {
            notice.set("");
            error.set(ErrorText.of(failure, messages));
        });
    }

    private UserRow row(User user) {
        String roles = user.roles().stream().sorted().map(messages::of)
                .collect(Collectors.joining(messages.get("cli.listSeparator")));
        return new UserRow(user, user.login(), user.displayName(), roles,
                messages.get(user.enabled() ? "users.state.enabled" : "users.state.disabled"),
                user.mustChangePassword() ? messages.get("users.password.mustChange") : "");
    }

    public ObservableList<UserRow> rows() {
        return rows;
    }

    public ObjectProperty<UserRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding noneSelected() {
        return selected.isNull();
    }

    public BooleanBinding cannotDisable() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().user().enabled(), selected);
    }

    public BooleanBinding cannotEnable() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().user().enabled(), selected);
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
