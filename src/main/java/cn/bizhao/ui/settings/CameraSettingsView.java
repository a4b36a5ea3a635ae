package cn.bizhao.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

/** The 摄像头 tab of 系统设置: binds the controls to {@link CameraSettingsViewModel}. */
public final class CameraSettingsView {
    @FXML private Label currentCameraLabel;
    @FXML private ToggleGroup cameraKind;
    @FXML private RadioButton webcamRadio;
    @FXML private RadioButton folderRadio;
    @FXML private TextField deviceNameField;
    @FXML private TextField folderField;
    @FXML private Button chooseFolderButton;
    @FXML private Button saveCameraButton;
    @FXML private Button testCameraButton;
    @FXML private Label cameraNoticeLabel;
    @FXML private Label cameraErrorLabel;

    private final CameraSettingsViewModel model;

    public CameraSettingsView(CameraSettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        currentCameraLabel.textProperty().bind(model.currentProperty());
        folderRadio.selectedProperty().bindBidirectional(model.folderChosenProperty());
        webcamRadio.setSelected(!model.folderChosenProperty().get());
        model.folderChosenProperty().addListener((observable, was, folder) -> webcamRadio.setSelected(!folder));
        deviceNameField.textProperty().bindBidirectional(model.deviceNameProperty());
        folderField.textProperty().bindBidirectional(model.folderProperty());
        deviceNameField.disableProperty().bind(model.folderChosenProperty());
        folderField.disableProperty().bind(model.folderChosenProperty().not());
        chooseFolderButton.disableProperty().bind(model.busyProperty());
        saveCameraButton.disableProperty().bind(model.busyProperty());
        testCameraButton.disableProperty().bind(model.busyProperty());
        cameraNoticeLabel.textProperty().bind(model.noticeProperty());
        cameraErrorLabel.textProperty().bind(model.errorProperty());
    }

    @FXML
    private void chooseFolder() {
        model.chooseFolder();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void testCamera() {
        model.testCamera();
    }
}
