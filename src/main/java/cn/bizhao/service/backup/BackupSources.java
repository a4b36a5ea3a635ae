package cn.bizhao.service.backup;

import java.nio.file.Path;

/**
 * What of a data home goes into a backup: the database (copied by the database itself), the boot key
 * (wrapped, never in clear), the station's signing keys and certificates, and the trust list.
 * Logs and the import scratch folder stay behind: they are not the station's data.
 */
public record BackupSources(Path dataHome, Path database, Path bootKey, Path stationKeys, Path trustList) {

    /** Where a part lies inside the data home, as the backup records it so a restore puts it back there. */
    String relative(Path part) {
        return dataHome.relativize(part).toString().replace('\\', '/');
    }
}
