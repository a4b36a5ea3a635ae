package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.app.DataHome;
import cn.bizhao.cli.Cli;
import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.audit.ChainBreak;
import cn.bizhao.domain.audit.StatusChange;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.domain.user.Role;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.AuditTampering;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.certificate.CertificateRow;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.review.WorkRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

/**
 * Issue 6 end to end on the real window, headless: a reviewer reviews an accepted application with a
 * module assessment and approves; a supervisor confirms, records the department's decision and the
 * certificate; the audit chain holds, and an audit record changed in the database is found.
 */
class ReviewWindowTest {
    private static final String REVIEWER_PASSWORD = "Review-2024";
    private static final String SUPERVISOR_PASSWORD = "Approve-2024";

    @TempDir
    Path home;
    private Services services;
    private final FxRobot robot = new FxRobot();
    private final ConfirmingDialogs dialogs = new ConfirmingDialogs();

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
        }
    }

    private void type(String query, String text) {
        reveal(query);
        robot.clickOn(query).write(text);
    }

    private void click(String query) {
        reveal(query);
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the enclosing scroll pane so that the node is on screen before the robot clicks it. */
    private void reveal(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Parent parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, (bounds.getMinY() - 40) / hidden)));
            }
        });
    }

    private <T> void choose(String query, T value) {
        ComboBox<T> box = robot.lookup(query).queryComboBox();
        robot.interact(() -> box.getSelectionModel().select(value));
    }

    private void signIn(String login, String password) {
        robot.clickOn("#loginField").write(login);
        robot.clickOn("#passwordField").write(password);
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void openFirstOfWorklist() {
        TableView<WorkRow> list = robot.lookup("#worklistTable").queryTableView();
        assertThat(list.getItems()).hasSize(1);
        robot.clickOn(".table-row-cell");
        click("#openButton");
    }

    @Test
    void aReviewerAndASupervisorTakeAnApplicationToItsCertificateAndTheAuditChainShowsATamperedRecord()
            throws Exception {
        services = TestStation.withAdministrator(home);
        ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, REVIEWER_PASSWORD);
        ReviewFixtures.person(services, "zhao", "赵主管", Role.SUPERVISOR, SUPERVISOR_PASSWORD);
        Application application = ReviewFixtures.asAdministrator(services).accepted();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct(), owner -> dialogs)
                .show(stage));
        WaitForAsyncUtils.waitForFxEvents();

        signIn("wang", REVIEWER_PASSWORD);
        click("#nav-REVIEW");
        openFirstOfWorklist();
        click("#startReviewButton");
        assertThat(text("#reviewStatusLabel")).contains("审核中").contains(application.acceptanceNo());
        for (MaterialKind kind : List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE,
                MaterialKind.LABOUR_CONTRACT)) {
            ListView<MaterialKind> materials = robot.lookup("#materialList").queryListView();
            robot.interact(() -> materials.getSelectionModel().select(kind));
            choose("#verdictChoice", MaterialVerdict.VALID);
        }
        choose("#verificationMethodChoice", VerificationMethod.ISSUER_REGISTER);
        choose("#verificationResultChoice", VerificationResult.CONFIRMED);
        type("#verificationNoteField", "发证机构官网可查");
        type("#opinionArea", ReviewFixtures.OPINION);
        choose("#routeChoice", Route.MODULE_ASSESSMENT);
        type("#modulesArea", "低压电气线路安装与调试");
        click("#requireAssessmentButton");
        assertThat(text("#reviewErrorLabel")).isEmpty();
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.ASSESSMENT_REQUIRED);

        type("#assessmentScoreField", "86");
        type("#assessorField", "李考评");
        click("#recordAssessmentButton");
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        choose("#outcomeChoice", Outcome.APPROVE);
        assertThat(text("#readinessLabel")).isEqualTo(Messages.chinese().get("review.missing.none"));
        click("#concludeButton");
        assertThat(text("#reviewErrorLabel")).isEmpty();
        assertThat(text("#conclusionLabel")).contains("待主管复核");

        click("#signOutLink");
        signIn("zhao", SUPERVISOR_PASSWORD);
        click("#nav-SUPERVISION");
        openFirstOfWorklist();
        type("#supervisorNoteField", "同意，材料齐全");
        click("#confirmButton");
        assertThat(dialogs.confirmations).hasSize(1).first().asString().contains("同意，材料齐全");
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(services.audit().forApplication(application.id()).stream().map(StatusChange::of)
                .flatMap(java.util.Optional::stream).filter(c -> c.to() == ApplicationStatus.APPROVED))
                .singleElement().extracting(StatusChange::note).isEqualTo("同意，材料齐全");
        click("#recordSubmissionButton");
        choose("#departmentOutcomeChoice", DepartmentOutcome.APPROVED);
        type("#documentNoField", "桂人社函〔2025〕18号");
        click("#recordDecisionButton");
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.DEPT_APPROVED);
        assertThat(text("#mappedLabel")).contains("电工").contains("五级");
        type("#certificateNoField", ReviewFixtures.CERTIFICATE_NO);
        click("#recordCertificateButton");
        assertThat(text("#supervisionErrorLabel")).isEmpty();
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.CERTIFIED);

        click("#nav-CERTIFICATES");
        TableView<CertificateRow> register = robot.lookup("#certificatesTable").queryTableView();
        assertThat(register.getItems()).extracting(CertificateRow::number).containsExactly(ReviewFixtures.CERTIFICATE_NO);

        assertThat(services.audit().verify()).isEmpty();
        List<AuditRecord> trail = services.audit().forApplication(application.id());
        assertThat(trail).extracting(r -> r.entry().actor()).contains("wang", "zhao");
        AuditRecord approval = trail.stream().filter(r -> r.entry().action() == AuditAction.STATUS_CHANGED
                && r.entry().detail().startsWith("IN_REVIEW->APPROVED")).findFirst().orElseThrow();

        FxToolkit.hideStage();
        services.close();
        services = null;
        AuditTampering.changeDetail(new DataHome(home), approval.id(), "IN_REVIEW->REJECTED REJECT");

        StringWriter report = new StringWriter();
        CommandLine cli = Cli.create(TestStation::open, request -> { }, Messages.chinese());
        cli.setOut(new PrintWriter(report));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("audit", "verify", "--data-dir", home.toString())).isEqualTo(ExitCode.AUDIT_CHAIN_BROKEN);
        assertThat(report.toString()).contains(Messages.chinese().get("cli.audit.verify.break",
                approval.id(), Messages.chinese().get("audit.break.RECORD_CHANGED")));

        services = TestStation.open(home);

        assertThat(services.audit().verify()).first().extracting(ChainBreak::recordId).isEqualTo(approval.id());
    }
}