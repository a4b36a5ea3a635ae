package cn.bizhao.service.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.ConcurrentChangeException;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.review.ReviewFile;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on the same application, on a real station: the second save against the same version is
 * refused naming the first, a review file is held by one reviewer at a time, and every change moves
 * the counter that other stations poll.
 */
class ConcurrentEditsTest {
    @TempDir
    static Path home;
    private static Services services;
    private static User li;
    private static User zhang;
    private static User wang;
    private static User chen;
    private static User zhao;
    private static ReviewFixtures fixtures;

    @BeforeAll
    static void open() {
        services = TestStation.withAdministrator(home);
        li = ReviewFixtures.person(services, "li", "李受理", Role.CLERK, "Counter-2025");
        zhang = ReviewFixtures.person(services, "zhang", "张受理", Role.CLERK, "Counter-2026");
        wang = ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, "Review-2024");
        chen = ReviewFixtures.person(services, "chen", "陈审核", Role.REVIEWER, "Review-2025");
        zhao = ReviewFixtures.person(services, "zhao", "赵主管", Role.SUPERVISOR, "Approve-2024");
        fixtures = new ReviewFixtures(services, li, wang, zhao);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedNamingWhoChangedItAndWhen() {
        Application draft = services.intake().startDraft(li);
        int seen = draft.version();
        services.intake().saveForm(li, draft.id(), seen, IntakeFixtures.employeeNamed("阮文甲"),
                IntakeFixtures.vietnameseElectrician());

        assertThatThrownBy(() -> services.intake().saveForm(zhang, draft.id(), seen,
                IntakeFixtures.employeeNamed("阮文乙"), IntakeFixtures.vietnameseElectrician()))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.concurrent.changed");
                    assertThat(refused.arguments()[0]).isEqualTo("李受理");
                    LocalDateTime at = LocalDateTime.parse((String) refused.arguments()[1],
                            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
                    assertThat(at).isCloseTo(LocalDateTime.now(services.audit().zone()),
                            org.assertj.core.api.Assertions.within(2, java.time.temporal.ChronoUnit.MINUTES));
                    assertThat(refused.currentVersion()).isEqualTo(seen + 1);
                });
        assertThat(services.intake().find(draft.id()).applicant().name()).isEqualTo("阮文甲");
    }

    @Test
    void aSaveOverTheVersionNowStoredIsTakenAfterARefusal() {
        Application draft = services.intake().startDraft(li);
        Application first = services.intake().saveForm(li, draft.id(), draft.version(),
                IntakeFixtures.employeeNamed("阮文甲"), IntakeFixtures.vietnameseElectrician());
        Applicant typed = IntakeFixtures.employeeNamed("阮文丙");
        int now = -1;
        try {
            services.intake().saveForm(zhang, draft.id(), draft.version(), typed, IntakeFixtures.vietnameseElectrician());
        } catch (ConcurrentChangeException refused) {
            now = refused.currentVersion();
        }

        Application saved = services.intake().saveForm(zhang, draft.id(), now, typed, IntakeFixtures.vietnameseElectrician());

        assertThat(now).isEqualTo(first.version());
        assertThat(saved.applicant().name()).isEqualTo("阮文丙");
        assertThat(saved.version()).isEqualTo(first.version() + 1);
    }

    @Test
    void everyChangeToAnApplicationRaisesItsVersionAndTheChangeCounter() {
        Application draft = services.intake().startDraft(li);
        long before = services.changes().changeCount();

        Application saved = services.intake().saveForm(li, draft.id(), IntakeFixtures.employeeNamed("阮文丁"),
                IntakeFixtures.vietnameseElectrician());

        assertThat(saved.version()).isEqualTo(draft.version() + 1);
        assertThat(services.changes().changeCount()).isGreaterThan(before);
    }

    @Test
    void theReviewOpinionSavedOverAnOlderVersionIsRefused() {
        long id = fixtures.inReview();
        ReviewFile seen = services.review().open(wang, id);
        services.review().saveOpinion(wang, id, seen.application().version(), "第一稿意见");

        assertThatThrownBy(() -> services.review().saveOpinion(wang, id, seen.application().version(), "另一处写的意见"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(services.review().open(wang, id).review().opinion()).isEqualTo("第一稿意见");
    }

    @Test
    void aFileTakenByOneReviewerShowsWhoHoldsItAndCannotBeChangedByAnother() {
        long id = fixtures.accepted().id();
        services.review().take(wang, id);

        assertThat(services.review().open(chen, id).hold().holderName()).isEqualTo("王审核");
        assertThatThrownBy(() -> services.review().take(chen, id))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.review.takenByAnother");
                    assertThat(e.arguments()[0]).isEqualTo("王审核");
                });
        services.review().start(wang, id);
        assertThatThrownBy(() -> services.review().recordVerdict(chen, id, MaterialKind.ID_DOCUMENT,
                MaterialVerdict.VALID, ""))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.review.takenByAnother"));
        assertThat(services.review().worklist(chen, new cn.bizhao.service.review.ReviewFilter(
                java.util.Set.of(cn.bizhao.domain.application.ApplicationStatus.IN_REVIEW), null, null, null, null,
                null, null)).stream().filter(item -> item.id() == id).map(item -> item.hold().holderName()))
                .containsExactly("王审核");
    }

    @Test
    void aSupervisorHandsAFileBackAndAnotherReviewerTakesItAudited() {
        long id = fixtures.inReview();

        services.review().handBack(zhao, id);
        ReviewFile taken = services.review().take(chen, id);
        services.review().recordVerdict(chen, id, MaterialKind.ID_DOCUMENT, MaterialVerdict.VALID, "已核对原件");

        assertThat(taken.hold().heldBy("chen")).isTrue();
        assertThat(services.audit().forApplication(id).stream()
                .filter(r -> r.entry().action() == AuditAction.REVIEW_TAKEN
                        || r.entry().action() == AuditAction.REVIEW_HANDED_BACK)
                .map(r -> r.entry().actor() + " " + r.entry().action() + " " + r.entry().detail()))
                .containsExactly("wang REVIEW_TAKEN ", "zhao REVIEW_HANDED_BACK from wang", "chen REVIEW_TAKEN ");
    }

    @Test
    void aReviewerWhoDoesNotHoldTheFileCannotHandItBack() {
        long id = fixtures.inReview();

        assertThatThrownBy(() -> services.review().handBack(chen, id)).isInstanceOf(DomainException.class);
        assertThat(services.review().open(wang, id).hold().heldBy("wang")).isTrue();
    }

    @Test
    void twoReviewersTakingTheSameFilesAtOnceNeverBothGetOne() throws Exception {
        List<Long> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(fixtures.accepted().id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long id : files) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<String> first = pool.submit(taker(together, wang, id));
                Future<String> second = pool.submit(taker(together, chen, id));
                List<String> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).filteredOn(o -> o.startsWith("taken")).hasSize(1);
                assertThat(outcomes).filteredOn(o -> o.equals("refused error.review.takenByAnother")).hasSize(1);
                String winner = outcomes.get(0).startsWith("taken") ? "wang" : "chen";
                assertThat(services.review().open(wang, id).hold().login()).isEqualTo(winner);
                assertThat(services.audit().forApplication(id).stream()
                        .filter(r -> r.entry().action() == AuditAction.REVIEW_TAKEN)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(services.audit().check().intact()).isTrue();
    }

    private static Callable<String> taker(CyclicBarrier together, User reviewer, long id) {
        return () -> {
            together.await(10, TimeUnit.SECONDS);
            try {
                services.review().take(reviewer, id);
                return "taken by " + reviewer.login();
            } catch (DomainException refused) {
                return "refused " + refused.messageKey();
            }
        };
    }
}
