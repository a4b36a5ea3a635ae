package cn.bizhao.service.backup;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.packaging.bag.Manifest;
import cn.bizhao.security.backup.WrappedBootKey;
import cn.bizhao.security.bootkey.BootKeyStore;
import cn.bizhao.service.Services;
import cn.bizhao.service.StationOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup into a new data home, with no station open (decision 0010), in two steps so that the
 * passphrase is asked only of a restore that can go ahead. Nothing is written until the target is known to
 * be new or empty, every file matches the manifest ({@link #prepare}) and the passphrase unwraps the boot key
 * ({@link #restore}); then the files are copied (each checked again as it is written), the boot key is kept
 * owner-only, and the restored station is opened once to prove it works and to record the restore in its
 * own audit trail. When any of that fails, everything written is removed again.
 */
public final class StationRestore {
    private static final Logger LOG = LoggerFactory.getLogger(StationRestore.class);
    private static final int ACTOR_LENGTH = 64;

    private final Path backup;
    private final Path target;
    private final BackupInfo info;

    private StationRestore(Path backup, Path target, BackupInfo info) {
        this.backup = backup;
        this.target = target;
        this.info = info;
    }

    /**
     * Checks the target data home and every file of the backup, before anyone is asked for the passphrase.
     *
     * @throws BackupDamagedException when a file of the backup does not match its manifest
     */
    public static StationRestore prepare(Path backup, Path dataHome) {
        Path target = dataHome.toAbsolutePath().normalize();
        if (!Files.isDirectory(backup)) {
            throw new DomainException("error.backup.notAFolder", backup.toString());
        }
        requireNewHome(target, claimedInfo(backup));
        BackupCheck check = BackupVerifier.check(backup);
        if (!check.intact()) {
            throw new BackupDamagedException(check);
        }
        return new StationRestore(backup, target, check.info());
    }

    /**
     * Unwraps the boot key (a wrong passphrase writes nothing), copies the backup in and opens the restored station.
     *
     * @param opener opens the restored data home as the program does, migrating an older schema
     */
    public RestoreResult restore(char[] passphrase, StationOpener opener) {
        String bootKey = WrappedBootKey.unwrap(read(backup.resolve(BackupLayout.WRAPPED_KEY)), passphrase);
        Path bootKeyFile = BackupLayout.inside(target, info.bootKey());
        requireNewHome(target, Optional.of(info)); // again: time has passed while the passphrase was typed
        boolean existed = Files.exists(target);
        try {
            copyHome(backup, target);
            new BootKeyStore(bootKeyFile).store(bootKey);
            try (Services restored = opener.open(target)) {
                restored.audit().record(operator(), AuditAction.BACKUP_RESTORED, null, detail(backup, info));
                return new RestoreResult(target, info, restored.audit().check());
            }
        } catch (RuntimeException e) {
            undo(target, existed);
            throw e;
        }
    }

    /** What the backup says it is, read before the whole check only to give a precise reason for refusing the target. */
    private static Optional<BackupInfo> claimedInfo(Path backup) {
        try {
            return Optional.of(BackupInfo.parse(Files.readAllBytes(backup.resolve(BackupLayout.INFO))));
        } catch (IOException | DomainException e) {
            return Optional.empty();
        }
    }

    /**
     * A restore never overwrites or mixes with data: the target may hold a station in use, and a restored
     * database beside another station's keys would sign as the wrong station.
     */
    private static void requireNewHome(Path target, Optional<BackupInfo> info) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new DomainException("error.restore.homeNotAFolder", target.toString());
        }
        if (info.isPresent() && Files.exists(target.resolve(info.get().database()))) {
            throw new DomainException("error.restore.homeHasStation", target.toString());
        }
        try (Stream<Path> entries = Files.list(target)) {
            Optional<Path> first = entries.findFirst();
            if (first.isPresent()) {
                throw new DomainException("error.restore.homeNotEmpty", target.toString(), first.get().getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code home/} of the backup into the data home, each file checked against the manifest as written. */
    private static void copyHome(Path backup, Path target) {
        Manifest manifest = Manifest.parse(read(backup.resolve(BackupLayout.MANIFEST)));
        String prefix = BackupLayout.HOME + "/";
        for (Map.Entry<String, String> file : manifest.checksums().entrySet()) {
            if (!file.getKey().startsWith(prefix)) {
                continue;
            }
            Path from = BackupLayout.inside(backup, file.getKey());
            Path to = BackupLayout.inside(target, file.getKey().substring(prefix.length()));
            try {
                if (!Folders.copyHashing(from, to).equals(file.getValue())) {
                    throw new DomainException("error.restore.changedWhileCopying", file.getKey());
                }
            } catch (IOException e) {
                LOG.warn("restoring {} into {} failed", file.getKey(), target, e);
                throw new DomainException("error.restore.cannotWrite", target.toString());
            }
        }
    }

    /** Leaves the target as it was found: absent, or an empty folder. */
    private static void undo(Path target, boolean existed) {
        Folders.deleteTree(target);
        if (existed) {
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                LOG.warn("could not recreate the empty folder {}", target, e);
            }
        }
    }

    /** Nobody is signed in to a station that does not exist yet: the restore is the operating-system account's. */
    private static String operator() {
        String account = System.getProperty("user.name", "");
        return account.length() > ACTOR_LENGTH ? account.substring(0, ACTOR_LENGTH) : account;
    }

    private static String detail(Path backup, BackupInfo info) {
        return "restored from " + backup.toAbsolutePath().normalize() + " made " + info.createdAt() + " by "
                + info.createdBy() + " at " + info.institutionCode() + " " + info.station() + " (operating-system account)";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
