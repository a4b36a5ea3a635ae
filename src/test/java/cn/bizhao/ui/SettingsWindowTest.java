package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the administrator's 摄像头, 机构印章 and 备份 tabs of 系统设置. */
class SettingsWindowTest {
    @TempDir
    Path home;
    @TempDir
    Path stick;
    private Services services;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws TimeoutException {
        services = TestStation.withAdministrator(home);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct(),
                () -> Duration.ofMinutes(10)).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#loginField").write(TestStation.ADMIN);
        robot.clickOn("#passwordField").write(TestStation.PASSWORD);
        robot.clickOn("#signInButton");
        robot.clickOn("#nav-SETTINGS");
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    private void select(String tabId) {
        TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(tab -> tabId.equals(tab.getId())).findFirst().orElseThrow()));
    }

    @Test
    void theCameraTabShowsTheWebcamInForce() {
        select("cameraTab");

        assertThat(robot.lookup("#currentCameraLabel").queryAs(Label.class).getText()).isEqualTo("webcam");
        assertThat(robot.lookup("#webcamRadio").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#folderField").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#testCameraButton").tryQuery()).isPresent();
    }

    @Test
    void theSealTabSaysNoSealIsSet() {
        select("sealTab");

        assertThat(robot.lookup("#noSealLabel").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#uploadSealButton").tryQuery()).isPresent();
    }

    @Test
    void theBackupTabBacksUpIntoTheFolderTypedAndShowsTheLastBackup() throws IOException {
        select("backupTab");
        assertThat(robot.lookup("#lastBackupLabel").queryAs(Label.class).getText()).isEqualTo("本工作站尚未做过备份。");

        robot.clickOn("#backupFolderField").write(stick.toString());
        robot.clickOn("#backupPassphraseField").write("bei fen kou ling 2024");
        robot.clickOn("#backupRepeatField").write("bei fen kou ling 2024");
        robot.clickOn("#backUpButton");
        WaitForAsyncUtils.waitForFxEvents();

        Path backup;
        try (Stream<Path> entries = Files.list(stick)) {
            backup = entries.findFirst().orElseThrow();
        }
        assertThat(robot.lookup("#backupNoticeLabel").queryAs(Label.class).getText()).startsWith("备份完成：" + backup);
        assertThat(robot.lookup("#lastBackupLabel").queryAs(Label.class).getText()).endsWith("位置 " + backup);
        assertThat(robot.lookup("#backupPassphraseField").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#backupBusyBox").query().isVisible()).isFalse();
        assertThat(robot.lookup("#restoreCommandField").queryAs(TextField.class).getText()).startsWith("bizhao restore --from");
    }

    @Test
    void theBackupTabExplainsTwoPassphrasesThatDiffer() {
        select("backupTab");

        robot.clickOn("#backupFolderField").write(stick.toString());
        robot.clickOn("#backupPassphraseField").write("bei fen kou ling 2024");
        robot.clickOn("#backupRepeatField").write("bei fen kou ling 2025");
        robot.clickOn("#backUpButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#backupErrorLabel").queryAs(Label.class).getText()).isEqualTo("两次输入的备份口令不一致，请重新输入。");
        assertThat(stick.toFile().list()).isEmpty();
    }
}
