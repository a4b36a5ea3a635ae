package cn.bizhao.service.backup;

/** The steps of a backup, in order, for the screen's busy state; shown through {@code backup.step.<NAME>}. */
public enum BackupStep {
    KEYS, DATABASE, BOOT_KEY, MANIFEST
}
