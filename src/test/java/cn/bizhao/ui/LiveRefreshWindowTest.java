package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.applications.ResultRow;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.workbench.WorkbenchRow;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another station's change reaches the screen on show without anyone pressing 刷新: 工作台 and 申请查询
 * read their lists again within a few seconds, and the row the person had chosen stays chosen.
 */
class LiveRefreshWindowTest {
    @TempDir
    Path home;
    private Services services;
    private User other;
    private Application first;
    private Application second;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void station() throws TimeoutException {
        services = TestStation.withAdministrator(home);
        other = ReviewFixtures.person(services, "zhang", "张受理", Role.CLERK, "Counter-2026");
        first = draftNamed("阮文甲");
        second = draftNamed("阮文乙");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct()).show(stage));
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

    private Application draftNamed(String name) {
        Application draft = services.intake().startDraft(other);
        return services.intake().saveForm(other, draft.id(), IntakeFixtures.employeeNamed(name),
                IntakeFixtures.vietnameseElectrician());
    }

    @Test
    void theWorkbenchShowsADraftStartedElsewhereAndKeepsTheChosenRow() throws TimeoutException {
        robot.clickOn("#nav-WORKBENCH");
        TableView<WorkbenchRow> table = robot.lookup("#workTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn("阮文甲");
        assertThat(table.getSelectionModel().getSelectedItem().application().id()).isEqualTo(first.id());

        Application third = draftNamed("阮文丙");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        assertThat(table.getItems()).extracting(row -> row.application().id()).contains(third.id());
        assertThat(table.getSelectionModel().getSelectedItem().application().id()).isEqualTo(first.id());
    }

    @Test
    void theSearchShowsAChangeMadeElsewhereWithItsFiltersAndTheChosenRow() throws TimeoutException {
        robot.clickOn("#nav-APPLICATIONS");
        robot.clickOn("#nameFilter").write("阮文").type(javafx.scene.input.KeyCode.ENTER);
        TableView<ResultRow> table = robot.lookup("#applicationsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.clickOn("阮文乙");
        assertThat(table.getSelectionModel().getSelectedItem().application().id()).isEqualTo(second.id());

        services.intake().saveForm(other, first.id(), IntakeFixtures.employeeNamed("阮文甲改"),
                IntakeFixtures.vietnameseElectrician());
        draftNamed("黎明");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(row -> row.name().equals("阮文甲改")));

        assertThat(table.getItems()).extracting(ResultRow::name).containsExactlyInAnyOrder("阮文甲改", "阮文乙");
        assertThat(table.getSelectionModel().getSelectedItem().application().id()).isEqualTo(second.id());
        assertThat(robot.lookup("#nameFilter").queryTextInputControl().getText()).isEqualTo("阮文");
    }
}
