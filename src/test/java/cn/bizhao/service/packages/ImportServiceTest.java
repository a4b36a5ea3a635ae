package cn.bizhao.service.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditEntry;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.packaging.ZipSurgery;
import cn.bizhao.service.Services;
import cn.bizhao.service.review.ReviewFile;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.ReviewFixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A counter station and a reviewer's station exchanging packages, both real. */
class ImportServiceTest {
    private static final String MODULE = "低压电气线路安装与调试";
    @TempDir
    Path counterHome;
    @TempDir
    Path reviewerHome;
    @TempDir
    Path stick;
    private Services counter;
    private Services reviewer;
    private User counterAdmin;
    private User reviewerAdmin;

    @BeforeEach
    void open() throws Exception {
        counter = PackageStations.withKey(counterHome);
        reviewer = PackageStations.withKey(reviewerHome);
        counterAdmin = PackageStations.admin(counter);
        reviewerAdmin = PackageStations.admin(reviewer);
        PackageStations.exchangeCertificates(counter, reviewer, stick);
    }

    @AfterEach
    void close() {
        counter.close();
        reviewer.close();
    }

    private Path reviewPackage(Application application) {
        return PackageStations.exportOne(counter, ExportKind.REVIEW, application.id(), stick);
    }

    private static List<Page> pages(Application application) {
        return application.materials().stream().flatMap(m -> m.pages().stream()).toList();
    }

    @Test
    void aReviewPackageBecomesAReadOnlyApplicationWithEveryPage() {
        Application sent = PackageStations.accepted(counter);

        ImportResult result = reviewer.imports().importPackage(reviewerAdmin, reviewPackage(sent));

        assertThat(result.outcome()).isEqualTo(ImportOutcome.APPLICATION_CREATED);
        Application here = reviewer.intake().find(result.applicationId());
        assertThat(here.acceptanceNo()).isEqualTo(sent.acceptanceNo());
        assertThat(here.applicant()).isEqualTo(sent.applicant());
        assertThat(here.certificate()).isEqualTo(sent.certificate());
        assertThat(here.materials()).extracting(Material::kind).containsExactlyElementsOf(
                sent.materials().stream().map(Material::kind).toList());
        assertThat(pages(here)).extracting(Page::sha256).containsExactlyElementsOf(pages(sent).stream().map(Page::sha256).toList());
        pages(here).forEach(p -> assertThat(reviewer.intake().content(p.sha256())).hasSize((int) p.size()));
        assertThat(reviewer.intake().content(here.photoSha256())).isEqualTo(counter.intake().content(sent.photoSha256()));
        assertThatThrownBy(() -> reviewer.intake().saveForm(reviewerAdmin, here.id(), IntakeFixtures.employee(),
                IntakeFixtures.vietnameseElectrician())).isInstanceOf(DomainException.class);
        assertThat(reviewer.audit().forApplication(here.id())).extracting(r -> r.entry().action())
                .containsExactly(AuditAction.PACKAGE_IMPORTED);
    }

    @Test
    void importingTheSamePackageTwiceChangesNothing() {
        Path file = reviewPackage(PackageStations.accepted(counter));
        ImportResult first = reviewer.imports().importPackage(reviewerAdmin, file);
        List<AuditRecord> auditAfterFirst = reviewer.audit().all();

        ImportResult second = reviewer.imports().importPackage(reviewerAdmin, file);

        assertThat(second.outcome()).isEqualTo(ImportOutcome.ALREADY_IMPORTED);
        assertThat(second.applicationId()).isEqualTo(first.applicationId());
        assertThat(reviewer.audit().all()).isEqualTo(auditAfterFirst);
        assertThat(reviewer.intake().list(null)).hasSize(1);
    }

    @Test
    void aTamperedPackageIsRefusedWithItsProblemsAndLeavesNothingBehind() throws Exception {
        Path file = reviewPackage(PackageStations.accepted(counter));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);

        assertThatThrownBy(() -> reviewer.imports().importPackage(reviewerAdmin, file))
                .isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(e.check().problems()).isNotEmpty());

        assertThat(reviewer.intake().list(null)).isEmpty();
        assertThat(reviewer.audit().all()).noneMatch(r -> r.entry().action() == AuditAction.PACKAGE_IMPORTED);
        assertThat(leftInWorkFolder()).isEmpty();
    }

    @Test
    void aPackageFromAStationNobodyTrustsIsRefused(@TempDir Path strangerHome) {
        try (Services stranger = PackageStations.withKey(strangerHome)) {
            Path file = PackageStations.exportOne(stranger, ExportKind.REVIEW, PackageStations.accepted(stranger).id(), stick);

            assertThatThrownBy(() -> reviewer.imports().importPackage(reviewerAdmin, file))
                    .isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(e.check().problems())
                            .extracting(PackageProblem::code).contains("SIGNER_NOT_TRUSTED"));
        }
        assertThat(reviewer.intake().list(null)).isEmpty();
    }

    @Test
    void onlyAReviewerTakesInAReviewPackage() {
        Path file = reviewPackage(PackageStations.accepted(counter));

        assertThatThrownBy(() -> reviewer.imports().importPackage(PackageStations.only(Role.CLERK), file))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.import.reviewerOnly"));
        assertThat(reviewer.intake().list(null)).isEmpty();
    }

    @Test
    void theReviewersWholeReviewReachesTheOriginalOnceAndTheCounterSupervisorDecides() throws Exception {
        Application sent = PackageStations.accepted(counter);
        long imported = reviewer.imports().importPackage(reviewerAdmin, reviewPackage(sent)).applicationId();
        PackageStations.reviewAndConclude(reviewer, imported, Outcome.APPROVE, "");
        Review theirs = reviewer.review().open(reviewerAdmin, imported).review();
        Path result = PackageStations.exportOne(reviewer, ExportKind.REVIEW_RESULT, imported, stick);

        ImportResult applied = counter.imports().importPackage(counterAdmin, result);
        List<AuditRecord> auditAfterFirst = counter.audit().all();
        ImportResult again = counter.imports().importPackage(counterAdmin, result);

        assertThat(applied.outcome()).isEqualTo(ImportOutcome.RESULT_APPLIED);
        assertThat(applied.applicationId()).isEqualTo(sent.id());
        assertThat(again.outcome()).isEqualTo(ImportOutcome.ALREADY_IMPORTED);
        assertThat(counter.audit().all()).isEqualTo(auditAfterFirst);
        ReviewFile here = counter.review().open(counterAdmin, sent.id());
        assertThat(here.application().status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(here.review()).usingRecursiveComparison()
                .ignoringFields("applicationId", "verification.evidence.id", "conclusion.id").isEqualTo(theirs);
        assertThat(here.review().awaitsSupervisor()).isTrue();
        Page evidence = here.review().verification().evidence().get(0);
        assertThat(counter.intake().content(evidence.sha256()))
                .isEqualTo(reviewer.intake().content(theirs.verification().evidence().get(0).sha256()));
        assertThat(counter.audit().forApplication(sent.id())).extracting(AuditRecord::entry)
                .filteredOn(e -> e.action() == AuditAction.APPLICATION_EDITED).extracting(AuditEntry::detail)
                .anyMatch(d -> d.startsWith("review review-result") && d.contains(ReviewFixtures.OPINION));

        counter.supervision().confirm(counterAdmin, sent.id(), "");
        ExportResult submitted = counter.exports().export(counterAdmin, new ExportRequest(ExportKind.SUBMISSION,
                List.of(sent.id()), stick, Optional.empty()), ExportProgress.NONE);

        assertThat(counter.intake().find(sent.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        Path submission = submitted.packages().get(0).file();
        assertThat(VerifyService.withTrust(stick.resolve("one.pem")).verify(submission).valid()).isTrue();
        assertThat(ZipSurgery.open(submission).text("data/review.json")).contains(ReviewFixtures.OPINION, "CONFIRMED");
        assertThat(counter.audit().verify()).isEmpty();
    }

    @Test
    void aResultSendingTheApplicationToModuleAssessmentLetsTheCounterRecordTheAssessment() throws Exception {
        Application sent = PackageStations.accepted(counter);
        long imported = sentToAssessmentByTheReviewer(sent);
        Path result = PackageStations.exportOne(reviewer, ExportKind.REVIEW_RESULT, imported, stick);

        counter.imports().importPackage(counterAdmin, result);

        ReviewFile here = counter.review().open(counterAdmin, sent.id());
        assertThat(here.application().status()).isEqualTo(ApplicationStatus.ASSESSMENT_REQUIRED);
        assertThat(here.review().route()).isEqualTo(Route.MODULE_ASSESSMENT);
        assertThat(here.review().modules()).extracting(SkillModule::name).containsExactly(MODULE);
        counter.review().recordAssessment(counterAdmin, sent.id(), 1, LocalDate.now(), true, new BigDecimal("90"), "王考评");
        assertThat(counter.intake().find(sent.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void anOlderResultArrivingAfterANewerOneIsRefused() throws Exception {
        Application sent = PackageStations.accepted(counter);
        long imported = sentToAssessmentByTheReviewer(sent);
        Path first = PackageStations.exportOne(reviewer, ExportKind.REVIEW_RESULT, imported,
                Files.createDirectory(stick.resolve("first")));
        Thread.sleep(1100); // signing times are kept to the second
        reviewer.review().recordAssessment(reviewerAdmin, imported, 1, LocalDate.now(), true, null, "王考评");
        PackageStations.reviewAndConclude(reviewer, imported, Outcome.RETURN, "请补充劳动合同原件");
        Path second = PackageStations.exportOne(reviewer, ExportKind.REVIEW_RESULT, imported, stick);
        counter.imports().importPackage(counterAdmin, second);
        Review newest = counter.review().open(counterAdmin, sent.id()).review();

        assertThatThrownBy(() -> counter.imports().importPackage(counterAdmin, first))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.import.olderResult"));
        assertThat(counter.review().open(counterAdmin, sent.id()).review()).isEqualTo(newest);
        assertThat(newest.conclusion().outcome()).isEqualTo(Outcome.RETURN);
    }

    @Test
    void aResultIsRefusedWhileAConclusionMadeHereWaitsForTheSupervisor() throws Exception {
        Application sent = PackageStations.accepted(counter);
        long imported = reviewer.imports().importPackage(reviewerAdmin, reviewPackage(sent)).applicationId();
        PackageStations.reviewAndConclude(reviewer, imported, Outcome.APPROVE, "");
        Path result = PackageStations.exportOne(reviewer, ExportKind.REVIEW_RESULT, imported, stick);
        PackageStations.reviewAndConclude(counter, sent.id(), Outcome.REJECT, "证书无法核实");
        Review ours = counter.review().open(counterAdmin, sent.id()).review();

        assertThatThrownBy(() -> counter.imports().importPackage(counterAdmin, result))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.import.conclusionPending"));
        assertThat(counter.review().open(counterAdmin, sent.id()).review()).isEqualTo(ours);
    }

    @Test
    void aReviewResultLeavesTheReviewersStationOnlyOnceTheReviewerHasConcluded() throws Exception {
        Application sent = PackageStations.accepted(counter);
        long imported = reviewer.imports().importPackage(reviewerAdmin, reviewPackage(sent)).applicationId();
        reviewer.review().start(reviewerAdmin, imported);
        Path results = Files.createDirectory(stick.resolve("results"));

        assertThat(reviewer.exports().candidates(reviewerAdmin, ExportKind.REVIEW_RESULT)).isEmpty();
        assertThatThrownBy(() -> PackageStations.exportOne(reviewer, ExportKind.REVIEW_RESULT, imported, results))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.export.noConclusion"));
        assertThat(results).isEmptyDirectory();

        PackageStations.reviewAndConclude(reviewer, imported, Outcome.APPROVE, "");

        assertThat(reviewer.exports().candidates(reviewerAdmin, ExportKind.REVIEW_RESULT)).extracting(Application::id)
                .containsExactly(imported);
    }

    @Test
    void aReviewResultForAnApplicationThatIsNotHereIsRefused() throws Exception {
        Application sent = PackageStations.accepted(counter);
        long imported = reviewer.imports().importPackage(reviewerAdmin, reviewPackage(sent)).applicationId();
        Path result = PackageStations.forgedResult(reviewer, imported, sent.id() + 1000, ApplicationStatus.APPROVED, stick);

        assertThatThrownBy(() -> counter.imports().importPackage(counterAdmin, result))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.import.noOriginal"));
        assertThat(counter.intake().find(sent.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void aDecisionTheStateMachineCannotReachIsRefused() throws Exception {
        Application sent = PackageStations.accepted(counter);
        long imported = reviewer.imports().importPackage(reviewerAdmin, reviewPackage(sent)).applicationId();
        Path result = PackageStations.forgedResult(reviewer, imported, sent.id(), ApplicationStatus.CERTIFIED, stick);

        assertThatThrownBy(() -> counter.imports().importPackage(counterAdmin, result))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.import.resultNotApplicable"));
        assertThat(counter.intake().find(sent.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    /** Imported at the reviewer's station and sent to module assessment there. */
    private long sentToAssessmentByTheReviewer(Application sent) {
        long imported = reviewer.imports().importPackage(reviewerAdmin, reviewPackage(sent)).applicationId();
        reviewer.review().start(reviewerAdmin, imported);
        reviewer.review().chooseRoute(reviewerAdmin, imported, Route.MODULE_ASSESSMENT, List.of(MODULE));
        return imported;
    }

    private List<Path> leftInWorkFolder() throws Exception {
        Path work = reviewerHome.resolve("work");
        if (!Files.exists(work)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.toList();
        }
    }
}
