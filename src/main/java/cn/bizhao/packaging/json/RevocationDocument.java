package cn.bizhao.packaging.json;

import java.time.LocalDate;

/**
 * data/revocation.json, schema version 1: the department revokes a certificate it issued, with the
 * reason and the number of its document (src/docs/package-format-1.md section "revocation").
 */
public record RevocationDocument(int schemaVersion, String acceptanceNo, long stationRecordId, String certificateNo,
                                 LocalDate revokedOn, String reason, String documentNo, String department)
        implements PackageJson.VersionedDocument {
    public static final int SCHEMA_VERSION = 1;
}
