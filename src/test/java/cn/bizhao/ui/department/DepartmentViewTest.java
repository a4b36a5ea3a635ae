package cn.bizhao.ui.department;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.department.DepartmentRoundTripTest;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.Fonts;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 人社部门审核, headless, on a real department station holding a real institution's submission: one
 * reviewer records the approval at the screen, a second signs it off there and exports the decision.
 */
class DepartmentViewTest {
    @TempDir
    Path folder;
    private Services institution;
    private Services department;
    private long applicationId;
    private long institutionId;
    private final Messages messages = Messages.chinese();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void stations() throws Exception {
        institution = PackageStations.withKey(folder.resolve("institution"));
        department = DepartmentRoundTripTest.departmentStation(folder.resolve("department"));
        Files.createDirectories(folder.resolve("pem"));
        PackageStations.exchangeCertificates(institution, department, folder.resolve("pem"));
        institutionId = ReviewFixtures.asAdministrator(institution).decided(Outcome.APPROVE);
        Path submission = PackageStations.exportOne(institution, ExportKind.SUBMISSION, institutionId,
                Files.createDirectories(folder.resolve("up")));
        applicationId = department.imports().importPackage(PackageStations.admin(department), submission)
                .applicationId();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        institution.close();
        department.close();
    }

    private void show(User user, Path exportFolder) throws TimeoutException {
        FilePicker picker = new FilePicker() {
            @Override
            public List<Path> choosePackages() {
                return List.of();
            }

            @Override
            public Optional<Path> chooseFolder() {
                return Optional.of(exportFolder);
            }
        };
        DepartmentViewModel model = new DepartmentViewModel(user, department.department().decisions(), picker,
                TaskRunner.direct(), messages, ZoneId.of("Asia/Shanghai"));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Fonts.load();
            Scene scene = new Scene(new ViewLoader(messages).load(DepartmentView.class, () -> new DepartmentView(model)),
                    1200, 720);
            scene.getStylesheets().add(getClass().getResource("/cn/bizhao/ui/bizhao.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseFirstRow() {
        TableView<?> table = robot.lookup("#submissionsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void oneRecordsTheApprovalAndAnotherSignsItOffAndExportsIt() throws Exception {
        Path out = Files.createDirectories(folder.resolve("down"));
        show(PackageStations.admin(department), out);
        chooseFirstRow();
        robot.clickOn("#certificateNoField").write(ReviewFixtures.certificateNumber(institutionId));
        robot.interact(() -> robot.lookup("#issuedOnPicker").queryAs(DatePicker.class).setValue(LocalDate.now()));
        robot.clickOn("#evaluationBodyField").write("广西职业技能鉴定指导中心");
        robot.clickOn("#approveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#departmentErrorLabel").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#signOffButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#departmentErrorLabel").queryAs(Label.class).getText())
                .isEqualTo(messages.get("department.signOff.samePerson", "admin"));
        assertThat(department.intake().find(applicationId).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();

        show(ReviewFixtures.person(department, "qian", "钱签发", Role.SUPERVISOR, "Sign-off-2026"), out);
        chooseFirstRow();
        robot.clickOn("#signOffButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(department.intake().find(applicationId).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        chooseFirstRow();
        robot.clickOn("#exportDecisionButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#departmentErrorLabel").queryAs(Label.class).getText()).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains(
                    department.intake().find(applicationId).acceptanceNo() + "-decision.zip");
        }
    }
}
