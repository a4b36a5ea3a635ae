package cn.bizhao.persistence.packages;

import java.time.Instant;

/** One imported package, for MyBatis. */
public final class ImportedPackageRow {
    public String packageId;
    public String packageType;
    public String acceptanceNo;
    public long applicationId;
    public String sourceOrg;
    public String signerFingerprint;
    public Instant signedAt;
    public String importedBy;
    public Instant importedAt;
}
