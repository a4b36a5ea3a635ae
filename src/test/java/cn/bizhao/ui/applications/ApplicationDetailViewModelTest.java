package cn.bizhao.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One application opened from 申请查询, without a screen: where it stands, its history, what each role may do. */
class ApplicationDetailViewModelTest {
    @TempDir
    static Path home;
    private static Services services;
    private static User admin;
    private static User clerk;
    private static User reviewer;
    private static ReviewFixtures fixtures;
    private static Application accepted;
    private static Application draft;

    @BeforeAll
    static void station() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        clerk = ReviewFixtures.person(services, "li", "李受理", Role.CLERK, "Counter-2024b");
        reviewer = ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, "Review-2024");
        fixtures = ReviewFixtures.asAdministrator(services);
        accepted = fixtures.accepted();
        draft = fixtures.draft();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static ApplicationDetailViewModel opened(User user, long id) {
        ApplicationDetailViewModel model = new ApplicationDetailViewModel(user, services.applications(),
                services.supervision(), TaskRunner.direct(), Messages.chinese(), AcceptedApplications.CHINA);
        model.load(id);
        return model;
    }

    @Test
    void showsWhereTheApplicationStandsWithItsNumberMasked() {
        ApplicationDetailViewModel model = opened(admin, accepted.id());

        assertThat(model.headingProperty().get()).isEqualTo("黎明测试 · " + accepted.acceptanceNo());
        assertThat(model.statusProperty().get()).isEqualTo("已受理");
        assertThat(model.idNumberProperty().get()).contains("**********");
        assertThat(model.certificateProperty().get()).isEqualTo("电工职业技能证书（电工 四级）");
        assertThat(model.mappingProperty().get()).isEqualTo("电工 初级工（五级）");
        assertThat(model.clerkProperty().get()).isEqualTo("测试管理员");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void showsTheStatusHistoryFromTheAuditTrail() {
        ApplicationDetailViewModel model = opened(admin, accepted.id());

        assertThat(model.history()).extracting(HistoryRow::change).containsExactly("新建申请（草稿）", "草稿 → 已受理");
        assertThat(model.history().get(1).note()).isEqualTo(accepted.acceptanceNo());
        assertThat(model.history()).extracting(HistoryRow::actor).containsOnly("测试管理员");
        assertThat(model.history().get(0).at()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void theWholeNumberIsShownOnAskingAndTheAskingIsRecorded() {
        ApplicationDetailViewModel model = opened(reviewer, accepted.id());

        model.showFullNumber();

        assertThat(model.idNumberProperty().get()).isEqualTo(accepted.applicant().idNumber());
        List<AuditRecord> trail = services.audit().forApplication(accepted.id());
        assertThat(trail.get(trail.size() - 1).entry().action()).isEqualTo(AuditAction.FULL_NUMBER_SHOWN);
        assertThat(trail.get(trail.size() - 1).entry().actor()).isEqualTo("wang");
    }

    @Test
    void aPersonWithEveryRoleIsOfferedWhatFitsTheStatus() {
        ApplicationDetailViewModel open = opened(admin, draft.id());
        ApplicationDetailViewModel done = opened(admin, accepted.id());

        assertThat(open.canContinueIntake().get()).isTrue();
        assertThat(open.canShowReceipt().get() || open.canOpenReview().get() || open.canOpenSupervision().get()).isFalse();
        assertThat(done.canContinueIntake().get()).isFalse();
        assertThat(done.canShowReceipt().get() && done.canOpenReview().get() && done.canOpenSupervision().get()).isTrue();
        assertThat(open.canRecordWithdrawal().get() && done.canRecordWithdrawal().get()).isTrue();
    }

    @Test
    void aReviewerIsOfferedTheReviewFileOnly() {
        ApplicationDetailViewModel model = opened(reviewer, accepted.id());

        assertThat(model.canOpenReview().get()).isTrue();
        assertThat(model.canShowReceipt().get() || model.canOpenSupervision().get() || model.canContinueIntake().get()
                || model.canRecordWithdrawal().get()).isFalse();
    }

    @Test
    void aClerkIsOfferedTheReceiptAndTheWithdrawalButNoFileOfReview() {
        ApplicationDetailViewModel model = opened(clerk, accepted.id());

        assertThat(model.canShowReceipt().get() && model.canRecordWithdrawal().get()).isTrue();
        assertThat(model.canOpenReview().get() || model.canOpenSupervision().get()).isFalse();
    }

    @Test
    void aClerkRecordsTheApplicantsWithdrawalAndTheHistoryShowsIt() {
        long id = fixtures.inReview();
        ApplicationDetailViewModel model = opened(clerk, id);
        model.reasonProperty().set("申请人书面申请撤回（2025年3月5日）");

        model.recordWithdrawal();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("已登记申请人撤回，申请已结束。");
        assertThat(model.statusProperty().get()).isEqualTo("申请人撤回");
        assertThat(model.history().get(model.history().size() - 1)).satisfies(step -> {
            assertThat(step.change()).isEqualTo("审核中 → 申请人撤回");
            assertThat(step.action()).isEqualTo("申请人撤回");
            assertThat(step.note()).isEqualTo("申请人书面申请撤回（2025年3月5日）");
            assertThat(step.actor()).isEqualTo("李受理"); // people by name; the trail keeps the login
        });
        assertThat(model.canRecordWithdrawal().get()).isFalse();
        assertThat(model.reasonProperty().get()).isEmpty();
        assertThat(services.intake().find(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void aWithdrawalWithoutReasonIsRefusedAndChangesNothing() {
        long id = fixtures.inReview();
        ApplicationDetailViewModel model = opened(clerk, id);

        model.recordWithdrawal();

        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(services.intake().find(id).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void anAdministratorAloneIsToldWhoMaySearch() {
        User keeper = ReviewFixtures.person(services, "it", "运维管理员", Role.ADMIN, "Admin-2024a");

        ApplicationDetailViewModel model = opened(keeper, accepted.id());

        assertThat(model.errorProperty().get()).startsWith("只有受理员、审核员或主管可以查询申请。");
        assertThat(model.applicationProperty().get()).isNull();
        assertThat(model.canShowReceipt().get()).isFalse();
    }
}
