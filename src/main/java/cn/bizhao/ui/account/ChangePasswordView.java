package cn.bizhao.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The change-password form's controller. */
public final class ChangePasswordView {
    @FXML private Label headingLabel;
    @FXML private Label explanationLabel;
    @FXML private PasswordField currentPasswordField;
    @FXML private PasswordField newPasswordField;
    @FXML private PasswordField repeatPasswordField;
    @FXML private Label errorLabel;
    @FXML private Button changePasswordButton;
    @FXML private Button cancelButton;

    private final ChangePasswordViewModel model;

    public ChangePasswordView(ChangePasswordViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        headingLabel.setText(model.heading());
        explanationLabel.setText(model.explanation());
        cancelButton.setText(model.cancelText());
        currentPasswordField.textProperty().bindBidirectional(model.currentProperty());
        newPasswordField.textProperty().bindBidirectional(model.chosenProperty());
        repeatPasswordField.textProperty().bindBidirectional(model.repeatedProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        changePasswordButton.disableProperty().bind(model.busyProperty());
        currentPasswordField.setOnAction(e -> newPasswordField.requestFocus());
        newPasswordField.setOnAction(e -> repeatPasswordField.requestFocus());
        repeatPasswordField.setOnAction(e -> model.change());
    }

    @FXML
    private void change() {
        model.change();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
