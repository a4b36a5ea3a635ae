package cn.bizhao.service.backup;

import static cn.bizhao.service.backup.BackupFixtures.PASSPHRASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.app.DataHome;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditEntry;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.PermissionDeniedException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.security.bootkey.BootKeyStore;
import cn.bizhao.service.Services;
import cn.bizhao.service.StationOpener;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.service.packages.StationCertificate;
import cn.bizhao.testing.TestStation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real station (encrypted Derby, a signing key, an accepted application with its pages, a trusted
 * certificate) backed up once, then restored, checked and damaged in as many ways as an administrator
 * or a finder of the USB stick could.
 */
class BackupServiceTest {
    @TempDir
    static Path shared;
    @TempDir
    Path elsewhere;

    private static Services station;
    private static User admin;
    private static BackupFixtures.Station content;
    private static BackupResult backup;
    private static final List<BackupStep> STEPS = new ArrayList<>();

    @BeforeAll
    static void backUpAStationWithApplicationsKeysAndTrustList() {
        station = PackageStations.withKey(shared.resolve("home"));
        admin = PackageStations.admin(station);
        content = BackupFixtures.fill(station, shared);
        Path stick = createFolder(shared.resolve("stick"));
        backup = station.backups().backUp(admin, stick, PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), STEPS::add);
    }

    @AfterAll
    static void closeStation() {
        station.close();
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RestoreResult restore(Path backupFolder, Path target, String passphrase) {
        return StationRestore.prepare(backupFolder, target).restore(passphrase.toCharArray(), TestStation::open);
    }

    @Test
    void writesOneFolderNamedAfterTheInstitutionWithAManifestOfEveryFile() {
        assertThat(backup.folder().getParent()).isEqualTo(shared.resolve("stick"));
        assertThat(backup.folder().getFileName().toString()).matches("bizhao-backup-TEST45-\\d{8}-\\d{6}");
        assertThat(BackupFixtures.onlyBackupIn(shared.resolve("stick"))).isEqualTo(backup.folder());
        assertThat(STEPS).containsExactly(BackupStep.KEYS, BackupStep.DATABASE, BackupStep.BOOT_KEY, BackupStep.MANIFEST);
        BackupCheck check = BackupVerifier.check(backup.folder());
        assertThat(check.problems()).isEmpty();
        assertThat(check.files()).isEqualTo(backup.files()).isEqualTo(BackupFixtures.filesUnder(backup.folder()).size() - 1);
        assertThat(check.info().createdBy()).isEqualTo(TestStation.ADMIN);
        assertThat(check.info().createdAt().getOffset()).hasToString("+08:00");
        assertThat(check.info().institutionCode()).isEqualTo(TestStation.STATION.institutionCode());
        assertThat(backup.folder().resolve("home/keys/station")).isDirectory();
        assertThat(backup.folder().resolve("home/trust")).isDirectory();
        assertThat(backup.folder().resolve("home/keys/boot.key")).doesNotExist();
    }

    @Test
    void recordsWhoBackedUpWhereInTheAuditTrailAndAsTheLastBackup() {
        AuditEntry made = station.audit().all().stream().map(AuditRecord::entry)
                .filter(e -> e.action() == AuditAction.BACKUP_MADE).findFirst().orElseThrow();

        assertThat(made.actor()).isEqualTo(TestStation.ADMIN);
        assertThat(made.detail()).startsWith("to " + backup.folder() + " files=" + backup.files());
        assertThat(station.backups().lastBackup(admin)).contains(new LastBackup(backup.createdAt(), backup.folder().toString()));
    }

    @Test
    void restoresIntoANewDataHomeWithApplicationsPagesAuditTrailSigningKeyAndTrustList() {
        Path target = elsewhere.resolve("restored");

        RestoreResult result = restore(backup.folder(), target, PASSPHRASE);

        assertThat(result.auditTrail().intact()).isTrue();
        assertThat(result.backup().createdAt().toInstant()).isEqualTo(backup.createdAt());
        try (Services restored = TestStation.open(target)) {
            User restoredAdmin = PackageStations.admin(restored);
            assertThat(restored.intake().find(content.application().id())).isEqualTo(content.application());
            assertThat(restored.intake().content(content.page().sha256())).isEqualTo(content.pageBytes());
            assertThat(restored.audit().verify()).isEmpty();
            assertThat(restored.audit().all()).extracting(r -> r.entry().action()).contains(AuditAction.BACKUP_RESTORED);
            assertThat(restored.keys().current()).isEqualTo(station.keys().current());
            assertThat(restored.keys().trusted(restoredAdmin)).extracting(StationCertificate::fingerprint)
                    .containsExactly(content.trustedFingerprint());
            Path exported = PackageStations.exportOne(restored, ExportKind.REVIEW, content.application().id(),
                    createFolder(elsewhere.resolve("exported")));
            assertThat(restored.verifier().verify(List.of(exported)).get(0).valid()).isTrue();
        }
    }

    @Test
    void keepsTheRestoredBootKeyOwnerOnly() throws IOException {
        Path target = elsewhere.resolve("restored");

        restore(backup.folder(), target, PASSPHRASE);

        Path bootKey = new DataHome(target).bootKey();
        assertThat(new BootKeyStore(bootKey).read()).isEqualTo(new BootKeyStore(new DataHome(shared.resolve("home")).bootKey()).read());
        assertThat(Files.getPosixFilePermissions(bootKey)).hasSize(2);
        assertThat(Files.getPosixFilePermissions(bootKey.getParent())).hasSize(3);
    }

    @Test
    void refusesAWrongPassphraseAndWritesNothing() throws IOException {
        Path missing = elsewhere.resolve("restored");
        Path empty = createFolder(elsewhere.resolve("empty"));

        assertRefused(() -> restore(backup.folder(), missing, "not the passphrase"), "error.backup.passphraseWrong");
        assertRefused(() -> restore(backup.folder(), empty, "not the passphrase"), "error.backup.passphraseWrong");

        assertThat(missing).doesNotExist();
        assertThat(BackupFixtures.filesUnder(empty)).isEmpty();
        try (var entries = Files.list(empty)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void verifyNamesAFlippedByteInEveryFileOfTheBackup() {
        Path copy = elsewhere.resolve("copy");
        BackupFixtures.copyTree(backup.folder(), copy);
        List<Path> files = BackupFixtures.filesUnder(copy).stream().filter(f -> size(f) > 0)
                .filter(f -> !f.getFileName().toString().equals("manifest-sha256.txt")).toList();
        assertThat(files).hasSizeGreaterThan(10);

        for (Path file : files) {
            BackupFixtures.flipByte(file);
            BackupCheck check = BackupVerifier.check(copy);
            BackupFixtures.flipByte(file);

            String name = copy.relativize(file).toString().replace('\\', '/');
            assertThat(check.problems()).as(name)
                    .containsExactly(new BackupProblem(BackupProblem.Kind.FILE_CHANGED, name));
        }
        assertThat(BackupVerifier.check(copy).intact()).isTrue();
    }

    @Test
    void verifyNamesAMissingAndAnAddedFile() throws IOException {
        Path copy = elsewhere.resolve("copy");
        BackupFixtures.copyTree(backup.folder(), copy);
        Path trusted = BackupFixtures.filesUnder(copy.resolve("home/trust")).get(0);
        Files.delete(trusted);
        Files.writeString(copy.resolve("home/added.txt"), "added");

        assertThat(BackupVerifier.check(copy).problems()).containsExactlyInAnyOrder(
                new BackupProblem(BackupProblem.Kind.FILE_MISSING, copy.relativize(trusted).toString()),
                new BackupProblem(BackupProblem.Kind.FILE_UNLISTED, "home/added.txt"));
    }

    @Test
    void verifyNoticesAChangedManifest() {
        Path copy = elsewhere.resolve("copy");
        BackupFixtures.copyTree(backup.folder(), copy);
        BackupFixtures.flipByte(copy.resolve("manifest-sha256.txt"));

        assertThat(BackupVerifier.check(copy).intact()).isFalse();
    }

    @Test
    void verifyCallsAFolderWithoutManifestNoCompleteBackup() throws IOException {
        Path partial = createFolder(elsewhere.resolve(".bizhao-backup-TEST45-20250101-120000.partial"));
        Files.writeString(partial.resolve("backup-info.txt"), "Format: bizhao-backup/1\n");

        assertThat(BackupVerifier.check(partial).problems()).containsExactly(
                new BackupProblem(BackupProblem.Kind.MANIFEST_MISSING, "manifest-sha256.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"boot-key.wrapped", "backup-info.txt", "home/db/service.properties", "home/db/seg0", "home/keys/station",
            "home/trust", "manifest-sha256.txt"})
    void refusesToRestoreABackupWithAFlippedByteAndWritesNothing(String part) {
        Path copy = elsewhere.resolve("copy");
        BackupFixtures.copyTree(backup.folder(), copy);
        Path file = BackupFixtures.filesUnder(copy.resolve(part)).stream().filter(f -> size(f) > 0).reduce((a, b) -> b).orElseThrow();
        BackupFixtures.flipByte(file);
        Path target = elsewhere.resolve("restored");

        assertThatThrownBy(() -> restore(copy, target, PASSPHRASE)).isInstanceOfSatisfying(BackupDamagedException.class,
                e -> assertThat(e.problems()).isNotEmpty());
        assertThat(target).doesNotExist();
    }

    @Test
    void noBackupFileHoldsTheBootKeyOrAnApplicantsDataInClear() {
        String bootKey = new BootKeyStore(new DataHome(shared.resolve("home")).bootKey()).read().orElseThrow();
        var applicant = content.application().applicant();
        List<byte[]> secrets = List.of(bootKey.getBytes(StandardCharsets.US_ASCII),
                bootKey.toUpperCase().getBytes(StandardCharsets.US_ASCII), HexFormat.of().parseHex(bootKey),
                applicant.name().getBytes(StandardCharsets.UTF_8), applicant.name().getBytes(StandardCharsets.UTF_16BE),
                applicant.name().getBytes(StandardCharsets.UTF_16LE), applicant.idNumber().getBytes(StandardCharsets.US_ASCII),
                applicant.phone().getBytes(StandardCharsets.US_ASCII));

        for (Path file : BackupFixtures.filesUnder(backup.folder())) {
            byte[] bytes = read(file);
            for (byte[] secret : secrets) {
                assertThat(contains(bytes, secret)).as(file + " holds a secret in clear").isFalse();
            }
        }
    }

    @Test
    void refusesToRestoreIntoTheDataHomeOfTheStationInUse() {
        Path inUse = shared.resolve("home");

        assertRefused(() -> restore(backup.folder(), inUse, PASSPHRASE), "error.restore.homeHasStation");
        assertThat(station.intake().find(content.application().id())).isEqualTo(content.application());
    }

    @Test
    void refusesToRestoreIntoAFolderThatIsNotEmptyAndLeavesItAsItWas() throws IOException {
        Path folder = createFolder(elsewhere.resolve("notes"));
        Files.writeString(folder.resolve("readme.txt"), "mine");

        assertRefused(() -> restore(backup.folder(), folder, PASSPHRASE), "error.restore.homeNotEmpty");
        assertThat(BackupFixtures.filesUnder(folder)).containsExactly(folder.resolve("readme.txt"));
    }

    @Test
    void undoesARestoreWhoseStationCannotBeOpened() throws IOException {
        Path target = createFolder(elsewhere.resolve("restored"));
        StationOpener failing = dir -> {
            throw new DomainException("error.database.cannotOpen");
        };

        assertRefused(() -> StationRestore.prepare(backup.folder(), target).restore(PASSPHRASE.toCharArray(), failing),
                "error.database.cannotOpen");
        try (var entries = Files.list(target)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void onlyAnAdministratorBacksUp() {
        Path stick = createFolder(elsewhere.resolve("stick"));
        for (Role role : List.of(Role.CLERK, Role.REVIEWER, Role.SUPERVISOR)) {
            assertThatThrownBy(() -> station.backups().backUp(PackageStations.only(role), stick, PASSPHRASE.toCharArray(),
                    PASSPHRASE.toCharArray(), step -> { })).isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(BackupFixtures.filesUnder(stick)).isEmpty();
    }

    @Test
    void refusesAShortOrMistypedPassphraseBeforeWritingAnything() {
        Path stick = createFolder(elsewhere.resolve("stick"));

        assertRefused(() -> station.backups().backUp(admin, stick, "short-11ch!".toCharArray(), "short-11ch!".toCharArray(),
                step -> { }), "error.backup.passphraseTooShort");
        assertRefused(() -> station.backups().backUp(admin, stick, PASSPHRASE.toCharArray(), (PASSPHRASE + "x").toCharArray(),
                step -> { }), "error.backup.passphraseMismatch");
        assertThat(BackupFixtures.filesUnder(stick)).isEmpty();
    }

    @Test
    void anInterruptedBackupLeavesNothingBehind() throws IOException {
        Path stick = createFolder(elsewhere.resolve("stick"));

        assertThatThrownBy(() -> station.backups().backUp(admin, stick, PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(),
                step -> {
                    if (step == BackupStep.MANIFEST) {
                        throw new IllegalStateException("interrupted");
                    }
                })).hasMessage("interrupted");
        try (var entries = Files.list(stick)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        Path nowhere = elsewhere.resolve("no-such-stick");

        assertRefused(() -> station.backups().backUp(admin, nowhere, PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(),
                step -> { }), "error.backup.folderMissing");
        assertThat(nowhere).doesNotExist();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
