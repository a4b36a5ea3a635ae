package cn.bizhao.ui.login;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The login window's controller: binds the fields and forwards the action. */
public final class LoginView {
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private Label errorLabel;
    @FXML private Button signInButton;
    @FXML private Label stationLabel;

    private final LoginViewModel model;

    public LoginView(LoginViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        loginField.textProperty().bindBidirectional(model.loginProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        signInButton.disableProperty().bind(model.busyProperty());
        stationLabel.textProperty().bind(model.stationProperty());
        loginField.setOnAction(e -> passwordField.requestFocus());
        passwordField.setOnAction(e -> model.signIn());
    }

    @FXML
    private void signIn() {
        model.signIn();
    }
}
