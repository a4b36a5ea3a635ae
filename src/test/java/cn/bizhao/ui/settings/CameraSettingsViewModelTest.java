package cn.bizhao.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 摄像头 tab without a screen: the setting saved and read back, and the camera test on a picture folder. */
class CameraSettingsViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path pictures;
    private final Messages messages = Messages.chinese();
    private final ChosenFiles dialogs = new ChosenFiles();
    private Services services;
    private User admin;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private CameraSettingsViewModel model() {
        return new CameraSettingsViewModel(admin, services.capture(), dialogs, TaskRunner.direct(), messages);
    }

    @Test
    void showsTheFirstWebcamWhenNothingIsSet() {
        CameraSettingsViewModel model = model();

        assertThat(model.currentProperty().get()).isEqualTo("webcam");
        assertThat(model.folderChosenProperty().get()).isFalse();
    }

    @Test
    void savesAWebcamByNameAndReadsItBack() {
        CameraSettingsViewModel model = model();
        model.deviceNameProperty().set("Document Camera");

        model.save();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(services.capture().cameraSetting()).isEqualTo("webcam:Document Camera");
        CameraSettingsViewModel reopened = model();
        assertThat(reopened.folderChosenProperty().get()).isFalse();
        assertThat(reopened.deviceNameProperty().get()).isEqualTo("Document Camera");
        assertThat(reopened.currentProperty().get()).isEqualTo("webcam:Document Camera");
    }

    @Test
    void savesAChosenFolderAndReadsItBack() {
        CameraSettingsViewModel model = model();
        dialogs.folder = pictures;

        model.chooseFolder();
        model.save();

        assertThat(model.noticeProperty().get())
                .isEqualTo(messages.get("settings.camera.saved", "folder:" + pictures));
        CameraSettingsViewModel reopened = model();
        assertThat(reopened.folderChosenProperty().get()).isTrue();
        assertThat(reopened.folderProperty().get()).isEqualTo(pictures.toString());
    }

    @Test
    void refusesAFolderCameraWithoutAFolder() {
        CameraSettingsViewModel model = model();
        model.folderChosenProperty().set(true);

        model.save();

        assertThat(model.errorProperty().get()).isEqualTo(messages.get("capture.camera.settingInvalid", "folder:"));
        assertThat(services.capture().cameraSetting()).isEqualTo("webcam");
    }

    @Test
    void cameraTestGrabsAPictureFromTheFolder() throws IOException {
        try (InputStream portrait = getClass().getResourceAsStream("/demo/portrait-light.jpg")) {
            Files.copy(portrait, pictures.resolve("portrait-light.jpg"));
        }
        CameraSettingsViewModel model = model();
        dialogs.folder = pictures;
        model.chooseFolder();
        model.save();

        model.testCamera();

        assertThat(model.errorProperty().get()).isEmpty();
        BufferedImage portrait = ImageIO.read(pictures.resolve("portrait-light.jpg").toFile());
        assertThat(model.noticeProperty().get()).isEqualTo(messages.get("settings.camera.test.succeeded",
                pictures.toString(), String.valueOf(portrait.getWidth()), String.valueOf(portrait.getHeight())));
    }

    @Test
    void cameraTestSaysWhenTheFolderHoldsNoPicture() {
        CameraSettingsViewModel model = model();
        dialogs.folder = pictures;
        model.chooseFolder();
        model.save();

        model.testCamera();

        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("capture.camera.folderEmpty", pictures.toString()));
    }
}
