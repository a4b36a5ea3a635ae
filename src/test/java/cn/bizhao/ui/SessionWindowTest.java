package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.users.UserRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: users in 系统设置, signing out, the required password change, the idle lock. */
class SessionWindowTest {
    private static final String INITIAL = "Start-2024";
    private static final String CHOSEN = "Chosen-2024";

    @TempDir
    Path home;
    private Services services;
    private final FxRobot robot = new FxRobot();

    private void start(Duration idleTime) throws TimeoutException {
        services = TestStation.withAdministrator(home);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct(), () -> idleTime)
                .show(stage));
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

    private void signIn(String login, String password) {
        type("#loginField", login);
        type("#passwordField", password);
        robot.clickOn("#signInButton");
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theAdministratorCreatesAClerkWhoChoosesAPasswordAndSeesOnlyTheClerksScreens() throws TimeoutException {
        start(Duration.ofMinutes(10));
        signIn(TestStation.ADMIN, TestStation.PASSWORD);

        robot.clickOn("#nav-SETTINGS");
        robot.clickOn("#createUserButton");
        type("#newLoginField", "li");
        type("#displayNameField", "李受理");
        robot.clickOn("#role-CLERK");
        type("#initialPasswordField", INITIAL);
        type("#repeatInitialPasswordField", INITIAL);
        robot.clickOn("#saveUserButton");

        TableView<UserRow> users = robot.lookup("#usersTable").queryTableView();
        assertThat(users.getItems()).extracting(UserRow::login, UserRow::roles, UserRow::password)
                .contains(tuple("li", "受理员", "待本人修改"));

        robot.clickOn("#signOutLink");
        signIn("li", INITIAL);
        assertThat(showing("#nav-WORKBENCH")).isFalse();
        type("#currentPasswordField", INITIAL);
        type("#newPasswordField", CHOSEN);
        type("#repeatPasswordField", CHOSEN);
        robot.clickOn("#changePasswordButton");

        assertThat(robot.lookup(".nav-button").queryAll().stream().map(Node::getId))
                .containsExactly("nav-WORKBENCH", "nav-INTAKE", "nav-APPLICATIONS", "nav-CATALOG", "nav-EXPORT_PACKAGES",
                        "nav-VERIFY_PACKAGES");
        assertThat(text("#userLabel")).contains("李受理");
        assertThat(services.accounts().login("li", CHOSEN.toCharArray()).mustChangePassword()).isFalse();
    }

    @Test
    void aRefusedUserStaysInTheDialogWithWhatWasTyped() throws TimeoutException {
        start(Duration.ofMinutes(10));
        signIn(TestStation.ADMIN, TestStation.PASSWORD);

        robot.clickOn("#nav-SETTINGS");
        robot.clickOn("#createUserButton");
        type("#newLoginField", "li");
        type("#displayNameField", "李受理");
        type("#initialPasswordField", INITIAL);
        type("#repeatInitialPasswordField", INITIAL);
        robot.clickOn("#saveUserButton");

        assertThat(text("#formErrorLabel")).isEqualTo("请至少选择一个角色。");
        assertThat(robot.lookup("#newLoginField").queryTextInputControl().getText()).isEqualTo("li");
    }

    @Test
    void theIdleWindowLocksAndUnlocksWithTheWorkStillThere() throws TimeoutException {
        start(Duration.ofSeconds(2));
        signIn(TestStation.ADMIN, TestStation.PASSWORD);
        robot.clickOn("#nav-CATALOG");
        type("#filterField", "越南");
        TextField filter = robot.lookup("#filterField").queryAs(TextField.class);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> showing("#lockScreen"));
        WaitForAsyncUtils.waitForFxEvents(); // the lock screen is attached on the FX thread; let it finish
        assertThat(filter.isVisible() && filter.getParent().isVisible() && robot.lookup(".main-window").query().isVisible())
                .isFalse();

        type("#unlockPasswordField", "Wrong-2024");
        robot.clickOn("#unlockButton");
        assertThat(text("#unlockErrorLabel")).startsWith("密码不正确");

        type("#unlockPasswordField", TestStation.PASSWORD);
        robot.clickOn("#unlockButton");

        assertThat(robot.lookup("#lockScreen").tryQuery()).isEmpty();
        assertThat(filter.getText()).isEqualTo("越南");
        assertThat(robot.lookup("#catalogTable").queryTableView().getItems()).hasSize(4);
    }

    @Test
    void signingOutFromTheLockScreenLeadsToTheLogin() throws TimeoutException {
        start(Duration.ofSeconds(1));
        signIn(TestStation.ADMIN, TestStation.PASSWORD);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> showing("#lockScreen"));
        WaitForAsyncUtils.waitForFxEvents(); // the lock screen is attached on the FX thread; let it finish
        robot.clickOn("#lockSignOutButton");

        assertThat(showing("#signInButton")).isTrue();
    }
}
