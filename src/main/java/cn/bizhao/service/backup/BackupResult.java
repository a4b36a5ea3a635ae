package cn.bizhao.service.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A finished backup: its folder, when it was taken, and how many files and bytes it holds. */
public record BackupResult(Path folder, Instant createdAt, int files, long bytes) {
}
