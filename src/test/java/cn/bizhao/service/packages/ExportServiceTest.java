package cn.bizhao.service.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditEntry;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.testing.IntakeFixtures;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    @TempDir
    Path home;
    @TempDir
    Path folder;
    private Services services;
    private User admin;

    @BeforeEach
    void open() {
        services = PackageStations.withKey(home);
        admin = PackageStations.admin(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<Path> folderContents() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private List<AuditEntry> auditOf(long applicationId) {
        return services.audit().forApplication(applicationId).stream().map(AuditRecord::entry).toList();
    }

    @Test
    void aReviewExportWritesAVerifiablePackageAndTheBatchListAndStartsTheReview() throws Exception {
        Application application = PackageStations.accepted(services);

        ExportResult result = services.exports().export(admin, new ExportRequest(ExportKind.REVIEW,
                List.of(application.id()), folder, Optional.empty()), ExportProgress.NONE);

        Path file = result.packages().get(0).file();
        assertThat(file.getFileName().toString()).isEqualTo(application.acceptanceNo() + "-review.zip");
        assertThat(folderContents()).containsExactlyInAnyOrder(file, result.batchCsv(), result.batchPdf());
        assertThat(services.verifier().verify(file).valid()).isTrue();
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(result.packages().get(0).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(auditOf(application.id())).extracting(AuditEntry::action)
                .endsWith(AuditAction.STATUS_CHANGED, AuditAction.PACKAGE_EXPORTED);
        assertThat(services.audit().verify()).isEmpty();
    }

    @Test
    void theBatchListNamesEveryPackageForSpreadsheetsAndPaper() throws Exception {
        Application first = PackageStations.accepted(services);

        ExportResult result = services.exports().export(admin, new ExportRequest(ExportKind.REVIEW,
                List.of(first.id()), folder, Optional.empty()), ExportProgress.NONE);

        byte[] csv = Files.readAllBytes(result.batchCsv());
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("序号,受理编号,申请人");
        assertThat(lines.get(1)).startsWith("1," + first.acceptanceNo() + "," + first.applicant().name())
                .contains(first.acceptanceNo() + "-review.zip")
                .doesNotContain(first.applicant().idNumber());
        assertThat(Files.readString(result.batchPdf(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }

    @Test
    void aCancelledExportLeavesNoFileAndNoStatusChange() throws Exception {
        Random random = new Random(7);
        byte[] scan = new byte[3 << 20];
        random.nextBytes(scan);
        Application application = PackageStations.accepted(services, List.of(scan));
        int auditBefore = services.audit().all().size();
        ExportProgress cancelHalfWay = new ExportProgress() {
            private boolean cancelled;

            @Override
            public void progress(long done, long total) {
                cancelled = done > total / 2;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };

        assertThatThrownBy(() -> services.exports().export(admin, new ExportRequest(ExportKind.REVIEW,
                List.of(application.id()), folder, Optional.empty()), cancelHalfWay))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packaging.export.cancelled"));

        assertThat(folderContents()).isEmpty();
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(services.audit().all()).hasSize(auditBefore);
    }

    @Test
    void aFailingApplicationStopsTheWholeBatchBeforeAnythingIsWritten() throws Exception {
        Application good = PackageStations.accepted(services);
        Application draft = services.intake().startDraft(admin);

        assertThatThrownBy(() -> services.exports().export(admin, new ExportRequest(ExportKind.REVIEW,
                List.of(good.id(), draft.id()), folder, Optional.empty()), ExportProgress.NONE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.export.wrongStatus"));

        assertThat(folderContents()).isEmpty();
        assertThat(services.intake().find(good.id()).status()).isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void onlyApprovedApplicationsGoToTheDepartmentAndOnlyASupervisorSendsThem() {
        Application accepted = PackageStations.accepted(services);

        assertThatThrownBy(() -> services.exports().export(admin, new ExportRequest(ExportKind.SUBMISSION,
                List.of(accepted.id()), folder, Optional.empty()), ExportProgress.NONE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.export.wrongStatus"));
        assertThatThrownBy(() -> services.exports().export(PackageStations.only(Role.CLERK), new ExportRequest(
                ExportKind.SUBMISSION, List.of(accepted.id()), folder, Optional.empty()), ExportProgress.NONE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.export.notAllowed"));
        assertThat(services.exports().candidates(admin, ExportKind.SUBMISSION)).isEmpty();
        assertThat(services.exports().candidates(admin, ExportKind.REVIEW)).extracting(Application::id)
                .containsExactly(accepted.id());
    }

    @Test
    void encryptsForARecipientAndTheRecipientStationVerifiesIt() throws Exception {
        Application application = PackageStations.accepted(services);
        Path ownCertificate = Files.writeString(home.resolve("own.pem"), services.keys().exportPem(admin));

        ExportResult result = services.exports().export(admin, new ExportRequest(ExportKind.REVIEW,
                List.of(application.id()), folder, Optional.of(ownCertificate.toString())), ExportProgress.NONE);

        Path file = result.packages().get(0).file();
        assertThat(file.getFileName().toString()).endsWith("-review.zip.p7m");
        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 0x30);
        assertThat(services.verifier().verify(file).valid()).isTrue();
        assertThat(VerifyService.withTrust(ownCertificate).verify(file).problems())
                .extracting(PackageProblem::code).containsExactly("ENCRYPTED_NO_KEY");
    }

    @Test
    void aPackageNamesItsApplicationAndItsSigner() throws Exception {
        Application application = PackageStations.accepted(services, List.of(
                IntakeFixtures.jpeg(800, 600, Color.ORANGE), IntakeFixtures.jpeg(800, 600, Color.YELLOW)));

        Path file = PackageStations.exportOne(services, ExportKind.REVIEW, application.id(), folder);

        PackageCheck check = services.verifier().verify(file);
        assertThat(check.valid()).isTrue();
        assertThat(check.acceptanceNo()).isEqualTo(application.acceptanceNo());
        assertThat(check.packageType()).isEqualTo("review");
        assertThat(check.signerFingerprint()).isEqualTo(
                services.keys().current().fingerprint().replace(" ", "").toLowerCase(Locale.ROOT));
    }
}
