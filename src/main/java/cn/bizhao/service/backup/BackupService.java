package cn.bizhao.service.backup;

import cn.bizhao.capture.Sha256;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.backup.BackupPassphraseRule;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.packaging.bag.Manifest;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.backup.DatabaseBackupMapper;
import cn.bizhao.persistence.station.StationSettingMapper;
import cn.bizhao.security.backup.WrappedBootKey;
import cn.bizhao.security.bootkey.BootKeyStore;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.service.station.StationService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator's backup of the open station (decision 0010): one folder with the database copied
 * by the database itself while the station keeps working, the signing keys, the trust list, the boot key
 * wrapped with a passphrase, and a SHA-256 manifest. It is written under a hidden {@code .partial} name and
 * renamed when complete, so a failed backup leaves nothing that looks like one. Each backup is recorded in
 * the audit trail and as the station's last backup.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    static final String LAST_AT = "backup.last.at";
    static final String LAST_FOLDER = "backup.last.folder";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Transactions transactions;
    private final StationService station;
    private final AuditTrail audit;
    private final Clock clock;
    private final BackupSources sources;

    public BackupService(Transactions transactions, StationService station, AuditTrail audit, Clock clock,
                         BackupSources sources) {
        this.transactions = transactions;
        this.station = station;
        this.audit = audit;
        this.clock = clock;
        this.sources = sources;
    }

    /**
     * Backs the station up into a new folder inside {@code into} (a USB stick, a network share), named
     * after the institution code and the time.
     *
     * @param progress told each step as it begins, on the calling thread
     */
    public synchronized BackupResult backUp(User administrator, Path into, char[] passphrase, char[] repeated,
                                            Consumer<BackupStep> progress) {
        User admin = transactions.inTransaction(uow -> Actors.require(uow, administrator, Permission.ADMINISTER));
        BackupPassphraseRule.check(passphrase, repeated);
        if (into == null || !Files.isDirectory(into)) {
            throw new DomainException("error.backup.folderMissing", String.valueOf(into));
        }
        StationInfo info = station.info().orElseThrow(() -> new DomainException("error.backup.noStation"));
        ZonedDateTime now = clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone());
        Path folder = into.toAbsolutePath().normalize()
                .resolve(BackupLayout.NAME_PREFIX + info.institutionCode() + "-" + NAME_TIME.format(now));
        if (Files.exists(folder)) {
            throw new DomainException("error.backup.exists", folder.toString());
        }
        BackupInfo described = new BackupInfo(BackupInfo.FORMAT, now.toOffsetDateTime(), admin.login(),
                info.institutionName(), info.institutionCode(), info.stationName(), sources.relative(sources.database()),
                sources.relative(sources.bootKey()));
        Map<String, String> manifest = writeCompletely(folder, described, passphrase, progress);
        BackupResult result = new BackupResult(folder, now.toInstant(), manifest.size(), bytes(folder, manifest));
        transactions.run(uow -> {
            StationService.put(uow, LAST_AT, result.createdAt().toString());
            StationService.put(uow, LAST_FOLDER, folder.toString());
            audit.record(uow, admin.login(), AuditAction.BACKUP_MADE, null,
                    "to " + folder + " files=" + result.files() + " bytes=" + result.bytes());
        });
        LOG.info("backup written to {} ({} files)", folder, result.files());
        return result;
    }

    /** Writes the backup under a hidden name and renames it when complete; on any failure removes it. */
    private Map<String, String> writeCompletely(Path folder, BackupInfo info, char[] passphrase,
                                                Consumer<BackupStep> progress) {
        Path partial = folder.resolveSibling("." + folder.getFileName() + BackupLayout.PARTIAL_SUFFIX);
        try {
            Map<String, String> manifest = write(partial, info, passphrase, progress);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException | UncheckedIOException e) {
            Folders.deleteTree(partial);
            LOG.warn("backup into {} failed", folder.getParent(), e);
            throw new DomainException("error.backup.cannotWrite", folder.getParent().toString());
        } catch (RuntimeException e) {
            Folders.deleteTree(partial);
            throw e;
        }
    }

    /** The station's last backup, for the administrator's screen; empty before the first. */
    public Optional<LastBackup> lastBackup(User administrator) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, administrator, Permission.ADMINISTER);
            StationSettingMapper settings = uow.mapper(StationSettingMapper.class);
            String at = settings.find(LAST_AT);
            return at == null ? Optional.empty() : Optional.of(new LastBackup(Instant.parse(at), settings.find(LAST_FOLDER)));
        });
    }

    /**
     * Files first, database last: a key made in between then has its passphrase in the copied database,
     * whereas the other way round a copied key file could lack the passphrase that opens it.
     *
     * @return the manifest: each file's path in the backup and its SHA-256
     */
    private Map<String, String> write(Path partial, BackupInfo info, char[] passphrase, Consumer<BackupStep> progress)
            throws IOException {
        Files.createDirectory(partial);
        Path home = partial.resolve(BackupLayout.HOME);
        progress.accept(BackupStep.KEYS);
        Folders.copyTree(sources.stationKeys(), home.resolve(sources.relative(sources.stationKeys())));
        Folders.copyTree(sources.trustList(), home.resolve(sources.relative(sources.trustList())));
        progress.accept(BackupStep.DATABASE);
        backUpDatabase(home.resolve(info.database()).getParent());
        progress.accept(BackupStep.BOOT_KEY);
        String bootKey = new BootKeyStore(sources.bootKey()).read().orElseThrow(() -> new IllegalStateException("no boot key"));
        Files.writeString(partial.resolve(BackupLayout.WRAPPED_KEY), WrappedBootKey.wrap(bootKey, passphrase),
                StandardCharsets.US_ASCII);
        Files.write(partial.resolve(BackupLayout.INFO), info.bytes());
        progress.accept(BackupStep.MANIFEST);
        Map<String, String> sums = new LinkedHashMap<>();
        for (String file : BackupVerifier.files(partial)) {
            sums.put(file, Sha256.of(partial.resolve(file)));
        }
        Files.write(partial.resolve(BackupLayout.MANIFEST), Manifest.of(sums).bytes());
        return sums;
    }

    /** The database's own online backup; it fails mostly when the target cannot take the copy (full, read-only). */
    private void backUpDatabase(Path parent) throws IOException {
        Files.createDirectories(parent);
        try {
            transactions.run(uow -> uow.mapper(DatabaseBackupMapper.class).backUpInto(parent.toString()));
        } catch (RuntimeException e) {
            throw new IOException("database backup into " + parent + " failed", e);
        }
    }

    private static long bytes(Path folder, Map<String, String> manifest) {
        long total = 0;
        for (String file : manifest.keySet()) {
            try {
                total += Files.size(folder.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }
}
