package cn.bizhao.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditLine;
import cn.bizhao.domain.audit.AuditQuery;
import cn.bizhao.domain.user.PermissionDeniedException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.NewUser;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.TestStation;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, filtering and exporting the trail, for those allowed to. */
class AuditTrailReadingTest {
    @TempDir
    Path home;
    private Services services;
    private User admin;
    private long accepted;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        AcceptedApplications applications = new AcceptedApplications(services, admin);
        accepted = applications.accepted("广西南宁市示例路1号", "示例公司", "越南", "电工", "四级",
                AcceptedApplications.at("2024-03-05T10:00"), ApplicationStatus.ACCEPTED);
        applications.draft("广西柳州市示例路2号", "示例公司", "越南", "电工", "四级");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<AuditLine> search(AuditQuery query) {
        return services.audit().search(admin, query);
    }

    @Test
    void filtersByAction() {
        assertThat(search(new AuditQuery(null, null, null, AuditAction.APPLICATION_CREATED, null)))
                .hasSize(2).allMatch(line -> line.record().entry().action() == AuditAction.APPLICATION_CREATED);
    }

    @Test
    void filtersByActorAndDays() {
        LocalDate today = services.audit().today();

        assertThat(search(new AuditQuery(today, today, TestStation.ADMIN, AuditAction.LOGIN, null))).hasSize(1);
        assertThat(search(new AuditQuery(today.plusDays(1), null, null, null, null))).isEmpty();
        assertThat(search(new AuditQuery(null, today.minusDays(1), null, null, null))).isEmpty();
        assertThat(search(new AuditQuery(null, null, "nobody", null, null))).isEmpty();
    }

    @Test
    void findsAnApplicationByPartOfItsAcceptanceNumberOrItsId() {
        String number = String.format("%05d", accepted);

        List<AuditLine> byNumber = search(new AuditQuery(null, null, null, null, "test45-2024-" + number));
        assertThat(byNumber).isNotEmpty().allMatch(line -> line.record().entry().applicationId() == accepted)
                .allMatch(line -> line.acceptanceNo().equals("TEST45-2024-" + number));
        assertThat(search(new AuditQuery(null, null, null, null, Long.toString(accepted)))).isEqualTo(byNumber);
    }

    @Test
    void exportsTheSelectionAsCsvAndRecordsTheExport() {
        StringWriter csv = new StringWriter();

        int written = services.audit().export(admin, new AuditQuery(null, null, null, AuditAction.LOGIN, null),
                new AuditCsv(Messages.chinese()), csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(written).isEqualTo(1);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("记录号,时间,操作人,工作站,操作,受理编号,申请内部号,详情,链校验,记录哈希（SHA-256）");
        assertThat(lines.get(1)).contains(",admin,测试窗口,登录,").contains(",正常,");
        assertThat(search(new AuditQuery(null, null, null, AuditAction.AUDIT_TRAIL_EXPORTED, null)))
                .singleElement().satisfies(line -> assertThat(line.record().entry().detail())
                        .isEqualTo("records=1 action=LOGIN"));
        assertThat(services.audit().check().intact()).isTrue();
    }

    @Test
    void refusesAReaderWithoutThePermission() {
        services.users().create(admin, new NewUser("li", "李受理", Set.of(Role.CLERK, Role.REVIEWER),
                "Start-2024".toCharArray(), "Start-2024".toCharArray()));
        User clerk = services.accounts().login("li", "Start-2024".toCharArray());

        assertThatThrownBy(() -> services.audit().search(clerk, AuditQuery.everything()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> services.audit().export(clerk, AuditQuery.everything(),
                new AuditCsv(Messages.chinese()), new StringWriter())).isInstanceOf(PermissionDeniedException.class);
    }
}
