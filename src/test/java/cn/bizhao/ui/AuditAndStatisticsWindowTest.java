package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.audit.AuditRow;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.statistics.StatisticsRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the supervisor's 操作日志 and 统计 screens. */
class AuditAndStatisticsWindowTest {
    @TempDir
    Path home;
    private Services services;
    private long nanning;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws TimeoutException {
        services = TestStation.withAdministrator(home);
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        AcceptedApplications applications = new AcceptedApplications(services, admin);
        nanning = applications.accepted("广西南宁市青秀区示例路1号", "示例公司", "越南", "电工", "四级", Instant.now(),
                ApplicationStatus.ACCEPTED);
        applications.accepted("广西示例县", "百色示例农业有限公司", "缅甸", "焊工", "三级", Instant.now(),
                ApplicationStatus.IN_REVIEW);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct(),
                () -> Duration.ofMinutes(10)).show(stage));
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

    private TableView<AuditRow> auditTable() {
        return robot.lookup("#auditTable").queryTableView();
    }

    @Test
    void theTrailIsFilteredByActionAndApplicationAndItsChainIsShownIntact() {
        robot.clickOn("#nav-AUDIT");
        int everything = auditTable().getItems().size();
        assertThat(robot.lookup("#chainLabel").queryAs(Label.class).getText())
                .startsWith("日志链完整").contains(Integer.toString(everything));

        ComboBox<AuditAction> actions = robot.lookup("#actionChoice").queryComboBox();
        robot.interact(() -> actions.getSelectionModel().select(AuditAction.LOGIN));
        robot.clickOn("#searchButton");
        assertThat(auditTable().getItems()).extracting(AuditRow::action).containsOnly("登录").hasSize(2);

        robot.clickOn("#clearButton");
        robot.clickOn("#applicationField").write(String.format("%05d", nanning)).type(KeyCode.ENTER);
        assertThat(auditTable().getItems()).isNotEmpty().hasSizeLessThan(everything)
                .allMatch(row -> row.acceptanceNo().endsWith(String.format("%05d", nanning)))
                .extracting(AuditRow::chain).containsOnly("正常");
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText())
                .isEqualTo("共 " + auditTable().getItems().size() + " 条记录");
    }

    @Test
    void theStatisticsShowTheCountsOfThisYear() {
        robot.clickOn("#nav-STATISTICS");

        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).endsWith("共受理 2 件");
        robot.clickOn("#tab-CITY");
        TableView<StatisticsRow> cities = robot.lookup("#table-CITY").queryTableView();
        assertThat(cities.getItems()).hasSize(15).filteredOn(row -> row.count() > 0)
                .extracting(StatisticsRow::name).containsExactly("南宁市", "百色市");
        robot.clickOn("#tab-STATUS");
        TableView<StatisticsRow> statuses = robot.lookup("#table-STATUS").queryTableView();
        assertThat(statuses.getItems()).extracting(StatisticsRow::name, StatisticsRow::count)
                .containsExactlyInAnyOrder(tuple("审核中", 1L), tuple("已受理", 1L));
        assertThat(robot.lookup("#chart-STATUS").tryQuery()).isPresent();
    }
}
