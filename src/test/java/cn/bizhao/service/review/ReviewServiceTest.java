package cn.bizhao.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.ReviewIncompleteException;
import cn.bizhao.domain.review.ReviewProblem;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.user.PermissionDeniedException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewer's work on a real station, by a reviewer who holds that role only; every change audited. */
class ReviewServiceTest {
    @TempDir
    static Path home;
    private static Services services;
    private static User reviewer;
    private static User supervisor;
    private static ReviewFixtures fixtures;

    @BeforeAll
    static void open() {
        services = TestStation.withAdministrator(home);
        reviewer = ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, "Review-2024");
        supervisor = ReviewFixtures.person(services, "zhao", "赵主管", Role.SUPERVISOR, "Approve-2024");
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        fixtures = new ReviewFixtures(services, admin, reviewer, supervisor);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static List<String> edits(long id) {
        return services.audit().forApplication(id).stream().filter(r -> r.entry().action() == AuditAction.APPLICATION_EDITED)
                .map(r -> r.entry().actor() + " " + r.entry().detail()).toList();
    }

    @Test
    void aVerdictChangedIsAuditedWithItsValueBeforeAndAfter() {
        long id = fixtures.inReview();

        services.review().recordVerdict(reviewer, id, MaterialKind.ID_DOCUMENT, MaterialVerdict.DOUBTFUL, "照片模糊");
        services.review().recordVerdict(reviewer, id, MaterialKind.ID_DOCUMENT, MaterialVerdict.VALID, "已核对原件");

        assertThat(edits(id)).containsExactly(
                "wang verdict ID_DOCUMENT {verdict: - -> \"DOUBTFUL\"; note: - -> \"照片模糊\"}",
                "wang verdict ID_DOCUMENT {verdict: \"DOUBTFUL\" -> \"VALID\"; note: \"照片模糊\" -> \"已核对原件\"}");
    }

    @Test
    void anOpinionLongerThanTheFormKeepsIsRefusedAndTheLongestTwoAreAudited() {
        long id = fixtures.reviewed(null);
        String longest = "甲".repeat(TextField.OPINION.maxLength());

        services.review().saveOpinion(reviewer, id, longest);
        services.review().saveOpinion(reviewer, id, "乙".repeat(TextField.OPINION.maxLength()));

        assertThatThrownBy(() -> services.review().saveOpinion(reviewer, id, longest + "丙"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.text.tooLong"));
        assertThat(services.review().open(reviewer, id).review().opinion()).startsWith("乙").hasSize(2000);
        assertThat(edits(id)).last().asString().contains("opinion").endsWith(" [...]");
        assertThat(services.audit().verify()).isEmpty();
    }

    @Test
    void theWorklistFindsByAcceptanceNumberAndMasksTheDocumentNumber() {
        var accepted = fixtures.accepted();

        List<WorkItem> found = services.review().worklist(reviewer, new ReviewFilter(Set.of(), null, null, "越南", "电工",
                null, accepted.acceptanceNo()));

        assertThat(found).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(accepted.id());
            assertThat(item.maskedIdNumber()).contains("*").isNotEqualTo(accepted.applicant().idNumber());
        });
    }

    @Test
    void theWorklistNamesTheClerkAndFindsByNameOrLogin() {
        var accepted = fixtures.accepted();

        for (String clerk : List.of("测试管理员", TestStation.ADMIN)) {
            List<WorkItem> found = services.review().worklist(reviewer, new ReviewFilter(Set.of(), null, null, null,
                    null, clerk, accepted.acceptanceNo()));
            assertThat(found).singleElement().satisfies(item -> assertThat(item.clerk()).isEqualTo("测试管理员"));
        }
    }

    @Test
    void showingTheFullNumberIsAudited() {
        var accepted = fixtures.accepted();

        String number = services.review().fullIdNumber(reviewer, accepted.id());

        assertThat(number).isEqualTo(accepted.applicant().idNumber());
        assertThat(services.audit().forApplication(accepted.id())).extracting(r -> r.entry().action())
                .contains(AuditAction.FULL_NUMBER_SHOWN);
    }

    @Test
    void approvalWaitsForEveryVerdictTheVerificationTheRouteAndTheOpinion() {
        long id = fixtures.inReview();

        assertThatThrownBy(() -> services.review().conclude(reviewer, id, Outcome.APPROVE, ""))
                .isInstanceOfSatisfying(ReviewIncompleteException.class, e -> assertThat(e.problems()).containsExactly(
                        ReviewProblem.VERDICT_MISSING, ReviewProblem.NOT_VERIFIED, ReviewProblem.NO_ROUTE,
                        ReviewProblem.NO_OPINION));
    }

    @Test
    void passingEveryModuleReturnsTheApplicationToReviewAndAFailDoesNot() {
        long id = fixtures.reviewed(null);
        services.review().chooseRoute(reviewer, id, Route.MODULE_ASSESSMENT, List.of("安全用电", "低压电气线路安装"));

        services.review().recordAssessment(reviewer, id, 1, LocalDate.now(), true, new BigDecimal("90"), "李考评");
        services.review().recordAssessment(reviewer, id, 2, LocalDate.now(), false, new BigDecimal("55"), "李考评");
        assertThat(services.intake().find(id).status()).isEqualTo(ApplicationStatus.ASSESSMENT_REQUIRED);

        services.review().recordAssessment(reviewer, id, 2, LocalDate.now(), true, new BigDecimal("75.5"), "李考评");
        assertThat(services.intake().find(id).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(services.review().open(reviewer, id).review().allModulesPassed()).isTrue();
    }

    @Test
    void theReviewerCannotTakeTheOutcomeThatTheSupervisorConfirms() {
        long id = fixtures.concluded(Outcome.APPROVE);

        assertThatThrownBy(() -> services.supervision().confirm(reviewer, id, "")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> services.review().saveOpinion(reviewer, id, "改"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.review.awaitingSupervisor"));
        assertThat(services.intake().find(id).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void aConclusionSentBackOpensTheReviewAgain() {
        long id = fixtures.concluded(Outcome.APPROVE);

        services.supervision().sendBack(supervisor, id, "请补充函询材料");
        services.review().saveOpinion(reviewer, id, ReviewFixtures.OPINION + "（已补充函询）");

        ReviewFile file = services.review().open(reviewer, id);
        assertThat(file.conclusions()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(ConclusionState.SENT_BACK);
            assertThat(c.supervisorNote()).isEqualTo("请补充函询材料");
        });
        assertThat(edits(id)).anyMatch(e -> e.startsWith("zhao conclusion") && e.contains("\"SENT_BACK\""));
    }

    @Test
    void everyStatusChangeAndEditIsChainedInTheTrail() {
        long id = fixtures.certified();

        List<AuditRecord> trail = services.audit().forApplication(id);
        assertThat(trail).filteredOn(r -> r.entry().action() == AuditAction.STATUS_CHANGED)
                .extracting(r -> r.entry().detail().split(" ")[0])
                .containsExactly("DRAFT->ACCEPTED", "ACCEPTED->IN_REVIEW", "IN_REVIEW->APPROVED", "APPROVED->SUBMITTED",
                        "SUBMITTED->DEPT_APPROVED", "DEPT_APPROVED->CERTIFIED");
        assertThat(services.audit().verify()).isEmpty();
    }
}
