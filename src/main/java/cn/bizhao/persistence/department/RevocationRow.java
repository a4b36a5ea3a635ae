package cn.bizhao.persistence.department;

import cn.bizhao.domain.certificate.Revocation;
import java.time.Instant;
import java.time.LocalDate;

/** A certificate revoked. */
public final class RevocationRow {
    public Long applicationId;
    public String certificateNo;
    public LocalDate revokedOn;
    public String reason;
    public String documentNo;
    public String packageId;
    public String recordedBy;
    public Instant recordedAt;

    public Revocation toRevocation() {
        return new Revocation(applicationId, certificateNo, revokedOn, reason, documentNo, packageId != null,
                recordedBy, recordedAt);
    }
}
