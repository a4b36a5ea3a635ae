package cn.bizhao.ui.lock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The lock screen's controller. */
public final class LockView {
    @FXML private Label explanationLabel;
    @FXML private PasswordField unlockPasswordField;
    @FXML private Label unlockErrorLabel;
    @FXML private Button unlockButton;

    private final LockViewModel model;

    public LockView(LockViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        explanationLabel.setText(model.explanation());
        unlockPasswordField.textProperty().bindBidirectional(model.passwordProperty());
        unlockErrorLabel.textProperty().bind(model.errorProperty());
        unlockButton.disableProperty().bind(model.busyProperty());
        unlockPasswordField.setOnAction(e -> model.unlock());
        // once shown, the password field takes the keyboard from whatever field was focused underneath
        Platform.runLater(unlockPasswordField::requestFocus);
    }

    @FXML
    private void unlock() {
        model.unlock();
    }

    @FXML
    private void signOut() {
        model.signOut();
    }
}
