package cn.bizhao.service.backup;

/**
 * One thing wrong with a backup folder, with the file it concerns (relative to the backup folder).
 * Shown through {@code backup.problem.<KIND>}.
 */
public record BackupProblem(Kind kind, String file) {

    public enum Kind {
        /** No manifest: not a backup, or one that never finished (a {@code .partial} folder). */
        MANIFEST_MISSING,
        /** A manifest line that is no "checksum  path", a path listed twice, or one outside the folder. */
        MANIFEST_MALFORMED,
        /** Listed in the manifest but not there. */
        FILE_MISSING,
        /** There, but its SHA-256 is not the one in the manifest: changed or damaged. */
        FILE_CHANGED,
        /** There, but not listed in the manifest: added afterwards. */
        FILE_UNLISTED,
        /** {@code backup-info.txt} is missing or not of a format this program knows. */
        INFO_UNREADABLE
    }

    /** The message key that describes this kind of problem. */
    public String messageKey() {
        return "backup.problem." + kind.name();
    }
}
