package cn.bizhao.service.backup;

import cn.bizhao.domain.audit.ChainReport;
import java.nio.file.Path;

/** A restored data home, the backup it came from, and the state of its audit trail once opened. */
public record RestoreResult(Path dataHome, BackupInfo backup, ChainReport auditTrail) {
}
