package cn.bizhao.service.backup;

import cn.bizhao.domain.DomainException;
import java.nio.file.Path;

/**
 * The files of a backup folder (decision 0010): {@code home/} mirrors the data home (database, station
 * keys, trust list), {@code boot-key.wrapped} holds the boot key encrypted with the passphrase,
 * {@code backup-info.txt} says what and whose it is, and {@code manifest-sha256.txt} lists the SHA-256
 * of every other file, in {@code sha256sum} format.
 */
final class BackupLayout {
    static final String HOME = "home";
    static final String WRAPPED_KEY = "boot-key.wrapped";
    static final String INFO = "backup-info.txt";
    static final String MANIFEST = "manifest-sha256.txt";
    static final String NAME_PREFIX = "bizhao-backup-";
    static final String PARTIAL_SUFFIX = ".partial";

    private BackupLayout() {
    }

    /**
     * A path named inside a backup (in the manifest, in the info) resolved under {@code folder}; refused
     * when it would leave it, so a doctored backup cannot write or read outside its place.
     */
    static Path inside(Path folder, String relative) {
        Path resolved = folder.resolve(relative).normalize();
        if (relative.isBlank() || Path.of(relative).isAbsolute() || !resolved.startsWith(folder.normalize())
                || resolved.equals(folder.normalize())) {
            throw new DomainException("error.backup.unsafePath", relative);
        }
        return resolved;
    }
}
