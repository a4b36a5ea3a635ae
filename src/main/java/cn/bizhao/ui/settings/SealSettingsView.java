package cn.bizhao.ui.settings;

import java.io.ByteArrayInputStream;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The 机构印章 tab of 系统设置: the seal in force over a white ground, and the upload button. */
public final class SealSettingsView {
    @FXML private ImageView sealImage;
    @FXML private Label noSealLabel;
    @FXML private Button uploadSealButton;
    @FXML private Label sealNoticeLabel;
    @FXML private Label sealErrorLabel;

    private final SealSettingsViewModel model;

    public SealSettingsView(SealSettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        model.sealPngProperty().addListener((observable, was, png) -> show(png));
        uploadSealButton.disableProperty().bind(model.busyProperty());
        sealNoticeLabel.textProperty().bind(model.noticeProperty());
        sealErrorLabel.textProperty().bind(model.errorProperty());
        model.load();
        show(model.sealPngProperty().get());
    }

    @FXML
    private void uploadSeal() {
        model.chooseAndUpload();
    }

    private void show(byte[] png) {
        sealImage.setImage(png == null ? null : new Image(new ByteArrayInputStream(png)));
        noSealLabel.setVisible(png == null);
        noSealLabel.setManaged(png == null);
    }
}
