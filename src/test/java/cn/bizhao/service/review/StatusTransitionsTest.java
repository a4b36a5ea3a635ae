package cn.bizhao.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The state machine of DESIGN.md section 2, walked in the service layer: from every status, every
 * action is tried through the service that takes it; the moves written out here by hand succeed
 * (and are audited), every other is refused and leaves the status as it was.
 */
class StatusTransitionsTest {
    /** from | action | to, from DESIGN.md section 2. */
    private static final String MOVES = """
            DRAFT               | ACCEPT             | ACCEPTED
            DRAFT               | SEND_NOTICE        | AWAITING_MATERIALS
            AWAITING_MATERIALS  | SUPPLY_MATERIALS   | DRAFT
            ACCEPTED            | START_REVIEW       | IN_REVIEW
            IN_REVIEW           | REQUIRE_ASSESSMENT | ASSESSMENT_REQUIRED
            ASSESSMENT_REQUIRED | RECORD_ASSESSMENT  | IN_REVIEW
            IN_REVIEW           | RETURN             | RETURNED
            IN_REVIEW           | REJECT             | REJECTED
            IN_REVIEW           | APPROVE            | APPROVED
            APPROVED            | SUBMIT             | SUBMITTED
            SUBMITTED           | DEPT_APPROVE       | DEPT_APPROVED
            SUBMITTED           | DEPT_RETURN        | DEPT_RETURNED
            DEPT_APPROVED       | RECORD_CERTIFICATE | CERTIFIED
            DEPT_RETURNED       | SUBMIT             | SUBMITTED
            RETURNED            | RESUME_REVIEW      | IN_REVIEW
            CERTIFIED           | REVOKE             | REVOKED
            DRAFT               | WITHDRAW           | WITHDRAWN
            AWAITING_MATERIALS  | WITHDRAW           | WITHDRAWN
            ACCEPTED            | WITHDRAW           | WITHDRAWN
            IN_REVIEW           | WITHDRAW           | WITHDRAWN
            ASSESSMENT_REQUIRED | WITHDRAW           | WITHDRAWN
            RETURNED            | WITHDRAW           | WITHDRAWN
            APPROVED            | WITHDRAW           | WITHDRAWN
            SUBMITTED           | WITHDRAW           | WITHDRAWN
            DEPT_APPROVED       | WITHDRAW           | WITHDRAWN
            DEPT_RETURNED       | WITHDRAW           | WITHDRAWN
            """;

    @TempDir
    static Path home;
    private static Services services;
    private static User admin;
    private static ReviewFixtures fixtures;

    @BeforeAll
    static void open() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        fixtures = ReviewFixtures.asAdministrator(services);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static ApplicationStatus expected(ApplicationStatus from, StatusAction action) {
        return MOVES.lines().map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
                .filter(cells -> cells.get(0).equals(from.name()) && cells.get(1).equals(action.name()))
                .map(cells -> ApplicationStatus.valueOf(cells.get(2))).findFirst().orElse(null);
    }

    /** An application in the status, with what the moves from there need (a complete draft, a full review...). */
    private static long in(ApplicationStatus status) {
        return switch (status) {
            case DRAFT -> fixtures.completeDraft().id();
            case AWAITING_MATERIALS -> services.intake().awaitMaterials(admin, fixtures.draft().id()).id();
            case ACCEPTED -> fixtures.accepted().id();
            case IN_REVIEW -> fixtures.reviewed(Route.DIRECT);
            case ASSESSMENT_REQUIRED -> {
                long id = fixtures.inAssessment();
                services.review().recordAssessment(admin, id, 1, LocalDate.now(), false, new BigDecimal("42"), "王考评");
                yield id;
            }
            case RETURNED -> fixtures.decided(Outcome.RETURN);
            case REJECTED -> fixtures.decided(Outcome.REJECT);
            case APPROVED -> fixtures.decided(Outcome.APPROVE);
            case SUBMITTED -> fixtures.submitted();
            case DEPT_APPROVED -> fixtures.departmentApproved();
            case DEPT_RETURNED -> fixtures.departmentReturned();
            case CERTIFIED -> fixtures.certified();
            case REVOKED -> {
                long id = fixtures.certified();
                revoke(id);
                yield id;
            }
            case WITHDRAWN -> {
                long id = fixtures.accepted().id();
                services.supervision().recordWithdrawal(admin, id, "申请人书面申请撤回");
                yield id;
            }
        };
    }

    private static final Map<StatusAction, LongConsumer> ATTEMPTS = new EnumMap<>(StatusAction.class);

    static {
        ATTEMPTS.put(StatusAction.ACCEPT, id -> services.intake().accept(admin, id, true));
        ATTEMPTS.put(StatusAction.SEND_NOTICE, id -> services.intake().awaitMaterials(admin, id));
        ATTEMPTS.put(StatusAction.SUPPLY_MATERIALS, id -> services.intake().resumeWithMaterials(admin, id));
        ATTEMPTS.put(StatusAction.START_REVIEW, id -> services.review().start(admin, id));
        ATTEMPTS.put(StatusAction.REQUIRE_ASSESSMENT,
                id -> services.review().chooseRoute(admin, id, Route.MODULE_ASSESSMENT, List.of("安全用电")));
        ATTEMPTS.put(StatusAction.RECORD_ASSESSMENT, id -> services.review().endAssessment(admin, id));
        for (Outcome outcome : Outcome.values()) {
            ATTEMPTS.put(outcome.action(), id -> {
                services.review().conclude(admin, id, outcome, "请补充劳动合同原件");
                services.supervision().confirm(admin, id, "");
            });
        }
        ATTEMPTS.put(StatusAction.SUBMIT, id -> services.supervision().recordSubmission(admin, id, ""));
        for (DepartmentOutcome outcome : DepartmentOutcome.values()) {
            ATTEMPTS.put(outcome.action(), id -> services.supervision().recordDepartmentDecision(admin, id, outcome,
                    LocalDate.now(), "桂人社函〔2025〕9号", "", null));
        }
        ATTEMPTS.put(StatusAction.RECORD_CERTIFICATE, id -> services.supervision().recordCertificate(admin, id,
                "S998845000001255" + String.format("%06d", id), LocalDate.now(), "测试职业技能评价中心"));
        ATTEMPTS.put(StatusAction.WITHDRAW, id -> services.supervision().recordWithdrawal(admin, id, "书面申请撤回"));
        ATTEMPTS.put(StatusAction.RESUME_REVIEW,
                id -> services.department().corrections().resumeReview(admin, id, "已补充劳动合同原件"));
        ATTEMPTS.put(StatusAction.REVOKE, StatusTransitionsTest::revoke);
    }

    /** Revokes the application's certificate; one without a certificate has none to revoke. */
    private static void revoke(long id) {
        String number = services.certificates().register(admin, null, null, null).stream()
                .filter(c -> c.applicationId() == id).map(c -> c.number()).findFirst().orElse("S998845000001255999999");
        services.department().revocations().revoke(admin, number, "证书系伪造", "桂人社函〔2026〕3号");
    }

    private static ApplicationStatus status(long id) {
        return services.intake().find(id).status();
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void fromEachStatusOnlyTheMovesOfTheMachineAreTaken(ApplicationStatus from) {
        LongSupplier reused = new LongSupplier() {
            private long id = -1;

            @Override
            public long getAsLong() {
                if (id < 0) {
                    id = in(from);
                }
                return id;
            }
        };
        for (StatusAction action : StatusAction.values()) {
            ApplicationStatus to = expected(from, action);
            if (to == null) {
                long id = reused.getAsLong();
                assertThat(status(id)).isEqualTo(from);
                assertThatThrownBy(() -> ATTEMPTS.get(action).accept(id)).as(from + " " + action)
                        .isInstanceOf(DomainException.class);
                assertThat(status(id)).as(from + " " + action).isEqualTo(from);
            } else {
                long id = in(from);
                ATTEMPTS.get(action).accept(id);
                assertThat(status(id)).as(from + " " + action).isEqualTo(to);
                AuditRecord last = services.audit().forApplication(id).stream()
                        .filter(r -> r.entry().action() == AuditAction.STATUS_CHANGED)
                        .reduce((a, b) -> b).orElseThrow();
                assertThat(last.entry().detail()).as(from + " " + action).startsWith(from + "->" + to);
            }
        }
    }
}
