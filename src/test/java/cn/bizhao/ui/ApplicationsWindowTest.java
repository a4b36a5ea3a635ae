package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.applications.HistoryRow;
import cn.bizhao.ui.applications.ResultRow;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 申请查询 on the real window, headless: a reviewer finds an application by part of the name and opens
 * its review file; a clerk finds a draft and continues it in the wizard, and prints a receipt again.
 */
class ApplicationsWindowTest {
    private static final String REVIEWER_PASSWORD = "Review-2024";
    private static final String CLERK_PASSWORD = "Counter-2024b";

    @TempDir
    Path home;
    private Services services;
    private Application accepted;
    private long hoa;
    private long draft;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void station() throws TimeoutException {
        services = TestStation.withAdministrator(home);
        ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, REVIEWER_PASSWORD);
        ReviewFixtures.person(services, "li", "李受理", Role.CLERK, CLERK_PASSWORD);
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        accepted = ReviewFixtures.asAdministrator(services).accepted();
        AcceptedApplications counter = new AcceptedApplications(services, admin);
        hoa = counter.accept(counter.draft(IntakeFixtures.employeeNamed("阮氏花"),
                new OverseasCertificate("电工职业技能证书", "电工", "四级", "越南 示例机构", "VN-EL-7781", null), "越南"),
                AcceptedApplications.at("2024-03-05T10:00"), ApplicationStatus.ACCEPTED);
        draft = services.intake().startDraft(admin).id();
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

    private void signIn(String login, String password) {
        robot.clickOn("#loginField").write(login);
        robot.clickOn("#passwordField").write(password);
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void click(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible)
                .filter(node -> node.getParent() == null || node.getParent().isVisible()).isPresent();
    }

    private TableView<ResultRow> results() {
        return robot.lookup("#applicationsTable").queryTableView();
    }

    /** Double-clicks the one application found, as a person would. */
    private void openOnlyResult() {
        assertThat(results().getItems()).hasSize(1);
        Node row = robot.from(results()).lookup(".table-row-cell")
                .match((TableRow<?> cell) -> !cell.isEmpty()).query();
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aReviewerFindsAnApplicationByPartOfTheNameAndOpensItsReviewFile() {
        signIn("wang", REVIEWER_PASSWORD);
        click("#nav-APPLICATIONS");
        assertThat(results().getItems()).hasSize(3);

        robot.clickOn("#nameFilter").write("阮氏").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(results().getItems()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("阮氏花");
            assertThat(row.idNumber()).contains("**********");
            assertThat(row.mapping()).isEqualTo("电工 初级工（五级）");
        });
        assertThat(text("#applicationsCountLabel")).isEqualTo("共 1 份申请，最新的在前。");
        openOnlyResult();

        assertThat(text("#detailHeadingLabel")).startsWith("阮氏花 · TEST45-2024-");
        assertThat(text("#detailStatusLabel")).isEqualTo("已受理");
        TableView<HistoryRow> history = robot.lookup("#historyTable").queryTableView();
        assertThat(history.getItems()).extracting(HistoryRow::change).startsWith("新建申请（草稿）");
        assertThat(showing("#showReceiptButton")).isFalse();
        assertThat(showing("#withdrawalBox")).isFalse();

        click("#openReviewButton");
        assertThat(text("#reviewStatusLabel")).contains("已受理").contains("TEST45-2024-");
        click("#backToListButton");
        assertThat(showing("#detailHeadingLabel")).isTrue();
        click("#backToSearchButton");
        assertThat(showing("#applicationsTable")).isTrue();
        assertThat(results().getItems()).extracting(r -> r.application().id()).containsExactly(hoa);
    }

    @Test
    void aClerkFindsADraftByStatusAndContinuesItInTheWizard() {
        signIn("li", CLERK_PASSWORD);
        click("#nav-APPLICATIONS");
        ComboBox<ApplicationStatus> status = robot.lookup("#applicationStatusFilter").queryComboBox();
        robot.interact(() -> status.getSelectionModel().select(ApplicationStatus.DRAFT));
        click("#searchApplicationsButton");
        openOnlyResult();

        assertThat(showing("#openReviewButton")).isFalse();
        click("#continueIntakeButton");

        assertThat(robot.lookup("#nav-INTAKE").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text("#draftStateLabel")).contains("暂存号 " + draft);
    }

    @Test
    void aClerkPrintsTheReceiptOfAnAcceptedApplicationAgain() {
        signIn("li", CLERK_PASSWORD);
        click("#nav-APPLICATIONS");
        robot.clickOn("#acceptanceNoFilter").write(accepted.acceptanceNo()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        openOnlyResult();

        click("#showReceiptButton");

        assertThat(Window.getWindows()).filteredOn(w -> w instanceof Stage stage && stage.isShowing()
                && ("受理回执 " + accepted.acceptanceNo()).equals(stage.getTitle())).hasSize(1);
    }
}
