package cn.bizhao.ui.users;

import cn.bizhao.ui.common.Columns;
import cn.bizhao.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The users table and the buttons that act on the chosen user. */
public final class UsersView {
    @FXML private TableView<UserRow> usersTable;
    @FXML private TableColumn<UserRow, String> loginColumn;
    @FXML private TableColumn<UserRow, String> nameColumn;
    @FXML private TableColumn<UserRow, String> rolesColumn;
    @FXML private TableColumn<UserRow, String> stateColumn;
    @FXML private TableColumn<UserRow, String> passwordColumn;
    @FXML private Button editRolesButton;
    @FXML private Button resetPasswordButton;
    @FXML private Button disableUserButton;
    @FXML private Button enableUserButton;
    @FXML private Label usersNoticeLabel;
    @FXML private Label usersErrorLabel;

    private final UsersViewModel model;
    private final ViewLoader views;

    public UsersView(UsersViewModel model, ViewLoader views) {
        this.model = model;
        this.views = views;
    }

    @FXML
    private void initialize() {
        Columns.show(loginColumn, UserRow::login);
        Columns.show(nameColumn, UserRow::displayName);
        Columns.show(rolesColumn, UserRow::roles);
        Columns.show(stateColumn, UserRow::state);
        Columns.show(passwordColumn, UserRow::password);
        usersTable.setItems(model.rows());
        usersTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != usersTable.getSelectionModel().getSelectedItem()) {
                usersTable.getSelectionModel().select(now);
            }
        });
        editRolesButton.disableProperty().bind(model.noneSelected());
        resetPasswordButton.disableProperty().bind(model.noneSelected());
        disableUserButton.disableProperty().bind(model.cannotDisable());
        enableUserButton.disableProperty().bind(model.cannotEnable());
        usersNoticeLabel.textProperty().bind(model.noticeProperty());
        usersErrorLabel.textProperty().bind(model.errorProperty());
        model.refresh();
    }


    @FXML
    private void createUser() {
        open(model.createForm());
    }

    @FXML
    private void editRoles() {
        open(model.rolesForm());
    }

    @FXML
    private void resetPassword() {
        open(model.resetPasswordForm());
    }

    private void open(UserFormViewModel form) {
        UserDialog.show(usersTable.getScene().getWindow(), views, form, user -> model.saved(form.purpose(), user));
    }

    @FXML
    private void disableUser() {
        model.disableSelected();
    }

    @FXML
    private void enableUser() {
        model.enableSelected();
    }
}
