package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.demo.DemoService;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.intake.IntakeStep;
import cn.bizhao.ui.shell.Screen;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the demo station at the sizes of the counters' PCs (1366×768) and of a small
 * window (1024×700): no label, button, tab, cell or prompt is cut, and nothing falls off the window.
 * The review and supervision files are left to their own tests.
 */
class ReadableScreensTest {
    @TempDir
    Path home;
    private Services services;
    private DemoService.DemoLogin demo;
    private final FxRobot robot = new FxRobot();
    private final List<String> cut = new ArrayList<>();

    private void start(Duration idle) throws TimeoutException {
        services = TestStation.open(home);
        demo = new DemoService(services).fill();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct(), () -> idle)
                .show(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1024, 700"})
    void everyScreenReadsWhole(int width, int height) throws TimeoutException {
        start(Duration.ofHours(1));
        check("login");
        signIn(width, height);

        for (Screen screen : Screen.values()) {
            if (screen == Screen.DEPARTMENT) {
                continue; // only a department's station shows it (DepartmentViewTest)
            }
            click("#nav-" + screen.name());
            check(screen.name());
        }
        intakeSteps();
        settingsTabs();
        overviewAndReceipt();
        changePassword();

        assertThat(cut).as("cut texts at %d×%d", width, height).isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1024, 700"})
    void theLockScreenReadsWhole(int width, int height) throws TimeoutException {
        start(Duration.ofSeconds(1));
        signIn(width, height);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#lockScreen").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        check("lock");

        assertThat(cut).as("cut texts at %d×%d", width, height).isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1024, 700"})
    void theFirstStartReadsWhole(int width, int height) throws TimeoutException {
        services = TestStation.open(home);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct()).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        assertThat(stage.getHeight()).as("the first start fits a %d px high screen", height).isLessThanOrEqualTo(height);

        check("first start");

        assertThat(cut).as("cut texts at %d×%d", width, height).isEmpty();
    }

    private void signIn(int width, int height) {
        robot.clickOn("#loginField").write(demo.login());
        robot.clickOn("#passwordField").write(demo.password());
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
    }

    /** A demo draft resumed from the workbench, every step of the wizard with its values. */
    private void intakeSteps() {
        click("#nav-WORKBENCH");
        TableView<?> drafts = robot.lookup("#workTable").queryTableView();
        robot.interact(() -> drafts.getSelectionModel().select(0));
        click("#resumeButton");
        for (IntakeStep step : IntakeStep.values()) {
            click("#step-" + step.name());
            check("intake " + step.name());
        }
        click("#step-" + IntakeStep.APPLICANT.name());
        robot.interact(() -> robot.lookup("#idNumberField").queryTextInputControl().setText("45010119950230123"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#idNumberMessage").queryLabeled().getText()).as("the ID hint shown").isNotEmpty();
        check("intake ID hint");
    }

    private void settingsTabs() {
        click("#nav-SETTINGS");
        TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            check("settings " + tab.getId());
        }
    }

    /** 申请查询: the overview of an accepted application, and its receipt in a window of its own. */
    private void overviewAndReceipt() {
        click("#nav-APPLICATIONS");
        TableView<?> results = robot.lookup("#applicationsTable").queryTableView();
        robot.interact(() -> results.getSelectionModel().select(results.getItems().size() - 1)); // the first accepted
        click("#openApplicationButton");
        check("overview");
        click("#showReceiptButton");
        Window receipt = otherWindow();
        checkScene(receipt.getScene(), "receipt");
        robot.interact(receipt::hide);
    }

    private void changePassword() {
        click("#changePasswordLink");
        Window dialog = otherWindow();
        checkScene(dialog.getScene(), "change password");
        robot.interact(dialog::hide);
    }

    private Window otherWindow() {
        WaitForAsyncUtils.waitForFxEvents();
        Stage main = FxToolkit.toolkitContext().getRegisteredStage();
        return robot.listTargetWindows().stream().filter(w -> w != main && w.isShowing()).reduce((a, b) -> b)
                .orElseThrow();
    }

    private void click(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(String where) {
        checkScene(FxToolkit.toolkitContext().getRegisteredStage().getScene(), where);
    }

    private void checkScene(Scene scene, String where) {
        robot.interact(() -> TextFits.cut(scene).forEach(line -> cut.add(where + ": " + line)));
    }
}
