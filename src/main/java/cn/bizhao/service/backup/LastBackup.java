package cn.bizhao.service.backup;

import java.time.Instant;

/** When the station's last backup was made and the folder it was written to. */
public record LastBackup(Instant at, String folder) {
}
