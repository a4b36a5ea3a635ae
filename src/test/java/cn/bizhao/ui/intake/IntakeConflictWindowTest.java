package cn.bizhao.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.BizhaoWindow;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two stations on one application, on the real window: while the clerk types, another clerk's change
 * is saved through the service; the window's next save is refused with who changed it and when, and
 * what the clerk typed stays in the field until they choose to keep it.
 */
class IntakeConflictWindowTest {
    @TempDir
    Path home;
    private Services services;
    private User other;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws TimeoutException {
        services = TestStation.withAdministrator(home);
        other = ReviewFixtures.person(services, "zhang", "张受理", Role.CLERK, "Counter-2026");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct(),
                owner -> new RecordingDialogs()).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#loginField").write(TestStation.ADMIN);
        robot.clickOn("#passwordField").write(TestStation.PASSWORD);
        robot.clickOn("#signInButton");
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void aSaveAfterAnotherStationsChangeIsRefusedAndTheTypedTextStays() throws TimeoutException {
        robot.clickOn("#nav-INTAKE");
        robot.clickOn("#nameField").write("黎明");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedName().equals("黎明"));
        Application draft = drafts().get(0);

        // meanwhile, at another counter
        services.intake().saveForm(other, draft.id(), draft.version(), IntakeFixtures.employeeNamed("黎明亮"),
                IntakeFixtures.vietnameseElectrician());
        robot.clickOn("#nameField").write("测试");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !wizardMessage().isEmpty());

        assertThat(wizardMessage()).contains("张受理").contains("保存未成功")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("黎明测试");
        assertThat(storedName()).isEqualTo("黎明亮");
        assertThat(shown("#saveMineButton")).isTrue();

        robot.clickOn("#saveMineButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedName().equals("黎明测试"));

        assertThat(wizardMessage()).isEmpty();
        assertThat(shown("#saveMineButton")).isFalse();
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("黎明测试");
    }

    private List<Application> drafts() {
        return services.intake().list(ApplicationStatus.DRAFT);
    }

    private String storedName() {
        List<Application> drafts = drafts();
        return drafts.isEmpty() || drafts.get(0).applicant().name() == null ? "" : drafts.get(0).applicant().name();
    }

    /** The message in the wizard's footer (other screens have a message label of their own). */
    private String wizardMessage() {
        String text = robot.lookup(".wizard-footer").lookup("#messageLabel").queryAs(Label.class).getText();
        return text == null ? "" : text;
    }

    private boolean shown(String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.getScene() != null;
    }
}
