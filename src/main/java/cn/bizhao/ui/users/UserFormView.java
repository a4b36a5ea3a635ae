package cn.bizhao.ui.users;

import cn.bizhao.domain.user.Role;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** The user form's controller: binds the fields the purpose needs and hides the others. */
public final class UserFormView {
    @FXML private Label newLoginLabel;
    @FXML private TextField newLoginField;
    @FXML private Label displayNameLabel;
    @FXML private TextField displayNameField;
    @FXML private Label rolesLabel;
    @FXML private FlowPane rolesPane;
    @FXML private Label initialPasswordLabel;
    @FXML private PasswordField initialPasswordField;
    @FXML private Label repeatInitialPasswordLabel;
    @FXML private PasswordField repeatInitialPasswordField;
    @FXML private Label passwordNote;
    @FXML private Label formErrorLabel;

    private final UserFormViewModel model;

    public UserFormView(UserFormViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        newLoginField.textProperty().bindBidirectional(model.loginProperty());
        displayNameField.textProperty().bindBidirectional(model.displayNameProperty());
        initialPasswordField.textProperty().bindBidirectional(model.passwordProperty());
        repeatInitialPasswordField.textProperty().bindBidirectional(model.repeatedProperty());
        formErrorLabel.textProperty().bind(model.errorProperty());
        model.roles().forEach((role, ticked) -> rolesPane.getChildren().add(roleBox(role, ticked)));
        show(model.showsIdentity(), newLoginLabel, newLoginField, displayNameLabel, displayNameField);
        show(model.showsRoles(), rolesLabel, rolesPane);
        show(model.showsPassword(), initialPasswordLabel, initialPasswordField, repeatInitialPasswordLabel,
                repeatInitialPasswordField, passwordNote);
    }

    private CheckBox roleBox(Role role, BooleanProperty ticked) {
        CheckBox box = new CheckBox(model.roleName(role));
        box.setId("role-" + role.name());
        box.selectedProperty().bindBidirectional(ticked);
        return box;
    }

    private static void show(boolean shown, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }
}
