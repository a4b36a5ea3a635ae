package cn.bizhao.ui.settings;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The 备份 tab of 系统设置: binds to its view model and forwards the buttons. */
public final class BackupView {
    @FXML private Label lastBackupLabel;
    @FXML private TextField backupFolderField;
    @FXML private Button chooseBackupFolderButton;
    @FXML private PasswordField backupPassphraseField;
    @FXML private PasswordField backupRepeatField;
    @FXML private Label backupPassphraseHint;
    @FXML private Button backUpButton;
    @FXML private HBox backupBusyBox;
    @FXML private Label backupStepLabel;
    @FXML private Label backupNoticeLabel;
    @FXML private Label backupErrorLabel;

    private final BackupViewModel model;

    public BackupView(BackupViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        lastBackupLabel.textProperty().bind(model.lastBackupProperty());
        backupFolderField.textProperty().bindBidirectional(model.folderProperty());
        backupPassphraseField.textProperty().bindBidirectional(model.passphraseProperty());
        backupRepeatField.textProperty().bindBidirectional(model.repeatedProperty());
        backupPassphraseHint.setText(model.passphraseHint());
        for (Node control : List.of(backupFolderField, chooseBackupFolderButton, backupPassphraseField, backupRepeatField,
                backUpButton)) {
            control.disableProperty().bind(model.busyProperty());
        }
        backupBusyBox.visibleProperty().bind(model.busyProperty());
        backupBusyBox.managedProperty().bind(model.busyProperty());
        backupStepLabel.textProperty().bind(model.stepProperty());
        backupNoticeLabel.textProperty().bind(model.noticeProperty());
        backupErrorLabel.textProperty().bind(model.errorProperty());
        model.load();
    }

    @FXML
    private void chooseFolder() {
        model.chooseFolder();
    }

    @FXML
    private void backUp() {
        model.backUp();
    }
}
