package cn.bizhao.ui.setup;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.ui.common.EnumChoices;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The first-start screen's controller. */
public final class FirstRunView {
    @FXML private TextField loginField;
    @FXML private TextField displayNameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatPasswordField;
    @FXML private TextField institutionNameField;
    @FXML private TextField institutionCodeField;
    @FXML private TextField stationNameField;
    @FXML private ComboBox<KeyAlgorithm> keyAlgorithmBox;
    @FXML private Label errorLabel;
    @FXML private Button createButton;

    private final FirstRunViewModel model;
    private final Messages messages;

    public FirstRunView(FirstRunViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        loginField.textProperty().bindBidirectional(model.loginProperty());
        displayNameField.textProperty().bindBidirectional(model.displayNameProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        repeatPasswordField.textProperty().bindBidirectional(model.repeatedPasswordProperty());
        institutionNameField.textProperty().bindBidirectional(model.institutionNameProperty());
        institutionCodeField.textProperty().bindBidirectional(model.institutionCodeProperty());
        stationNameField.textProperty().bindBidirectional(model.stationNameProperty());
        EnumChoices.fill(keyAlgorithmBox, messages, KeyAlgorithm.values());
        keyAlgorithmBox.valueProperty().bindBidirectional(model.keyAlgorithmProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        createButton.disableProperty().bind(model.busyProperty());
    }

    @FXML
    private void create() {
        model.create();
    }
}
