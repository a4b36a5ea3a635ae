package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.packages.StationCertificate;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.catalog.CatalogRow;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.shell.Screen;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: first start, login, and the catalogue screen. */
class WindowTest {
    @TempDir
    Path home;
    private Services services;
    private final FxRobot robot = new FxRobot();

    private void start(Services opened) throws TimeoutException {
        services = opened;
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct()).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    private void type(String query, String text) {
        robot.clickOn(query).write(text);
    }

    @Test
    void logsInAndFiltersTheCatalogueToVietnam() throws TimeoutException {
        start(TestStation.withAdministrator(home));

        type("#loginField", TestStation.ADMIN);
        type("#passwordField", TestStation.PASSWORD);
        robot.clickOn("#signInButton");
        robot.clickOn("#nav-CATALOG");
        TableView<CatalogRow> table = robot.lookup("#catalogTable").queryTableView();
        assertThat(table.getItems()).hasSize(32);
        type("#filterField", "越南");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(CatalogRow::number).containsExactly(29, 30, 31, 32);
        assertThat(table.getItems()).extracting(CatalogRow::region).containsOnly("越南");
    }

    @Test
    void showsTheStatusBarAfterLogin() throws TimeoutException {
        start(TestStation.withAdministrator(home));

        type("#loginField", TestStation.ADMIN);
        type("#passwordField", TestStation.PASSWORD);
        robot.clickOn("#signInButton");

        assertThat(robot.lookup("#userLabel").queryAs(Label.class).getText()).contains(TestStation.ADMIN);
        assertThat(robot.lookup("#stationLabel").queryAs(Label.class).getText()).contains("测试职业技能评价中心");
        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText()).contains(home.toString());
        // an institution's station offers every screen but the department's own
        assertThat(robot.lookup(".nav-button").queryAll()).hasSize(Screen.values().length - 1);
        assertThat(robot.lookup("#nav-DEPARTMENT").tryQuery()).isEmpty();
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheLogin() throws TimeoutException {
        start(TestStation.withAdministrator(home));

        type("#loginField", TestStation.ADMIN);
        type("#passwordField", "not-the-password1");
        robot.clickOn("#signInButton");

        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).isEqualTo("用户名或密码错误，请重新输入。");
        assertThat(robot.lookup("#loginField").queryTextInputControl().getText()).isEqualTo(TestStation.ADMIN);
        assertThat(robot.lookup("#passwordField").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void firstStartCreatesTheAdministratorThenOpensTheMainWindow() throws TimeoutException {
        start(TestStation.open(home));

        type("#institutionNameField", "南宁示例评价中心");
        type("#institutionCodeField", "NN01");
        type("#stationNameField", "窗口2");
        type("#displayNameField", "张管理");
        type("#passwordField", "Counter-2024");
        type("#repeatPasswordField", "Counter-2024");
        robot.clickOn("#createButton");

        assertThat(robot.lookup("#stationLabel").queryAs(Label.class).getText()).contains("南宁示例评价中心");
        assertThat(services.accounts().needsFirstAdministrator()).isFalse();
        StationCertificate key = services.keys().current();
        assertThat(key.algorithm()).contains(KeyAlgorithm.ECDSA_P256_SHA256);
        assertThat(key.subject()).contains("南宁示例评价中心", "窗口2");
    }

    @Test
    void firstStartMakesTheSigningKeyWithTheAlgorithmChosen() throws TimeoutException {
        start(TestStation.open(home));

        type("#institutionNameField", "南宁示例评价中心");
        type("#institutionCodeField", "NN01");
        type("#stationNameField", "窗口2");
        type("#displayNameField", "张管理");
        type("#passwordField", "Counter-2024");
        type("#repeatPasswordField", "Counter-2024");
        robot.clickOn("#keyAlgorithmBox").clickOn("SM2 / SM3（国密）");
        robot.clickOn("#createButton");

        assertThat(robot.lookup("#stationLabel").queryAs(Label.class).getText()).contains("南宁示例评价中心");
        assertThat(services.keys().current().algorithm()).contains(KeyAlgorithm.SM2_SM3);
    }

    @Test
    void firstStartKeepsWhatWasTypedWhenThePasswordIsRefused() throws TimeoutException {
        start(TestStation.open(home));

        type("#institutionNameField", "南宁示例评价中心");
        type("#institutionCodeField", "NN01");
        type("#stationNameField", "窗口2");
        type("#displayNameField", "张管理");
        type("#passwordField", "short");
        type("#repeatPasswordField", "short");
        robot.clickOn("#createButton");

        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).contains("至少需要 8 个字符");
        assertThat(robot.lookup("#institutionNameField").queryTextInputControl().getText()).isEqualTo("南宁示例评价中心");
        assertThat(services.accounts().needsFirstAdministrator()).isTrue();
        assertThat(services.keys().hasKey()).isFalse();
    }
}
