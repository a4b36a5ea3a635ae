package cn.bizhao.persistence.review;

import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.review.CertificateVerification;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The verification of the overseas certificate. */
public final class VerificationRow {
    public Long applicationId;
    public VerificationMethod method;
    public LocalDate checkedOn;
    public VerificationResult result;
    public String note;
    public String reviewer;
    public Instant recordedAt;

    /** The verification without its evidence pages, which are rows of their own. */
    public static VerificationRow of(long applicationId, CertificateVerification verification) {
        VerificationRow row = new VerificationRow();
        row.applicationId = applicationId;
        row.method = verification.method();
        row.checkedOn = verification.checkedOn();
        row.result = verification.result();
        row.note = verification.note();
        row.reviewer = verification.reviewer();
        row.recordedAt = verification.recordedAt();
        return row;
    }

    public CertificateVerification toVerification(List<Page> evidence) {
        return new CertificateVerification(method, checkedOn, result, note, evidence, reviewer, recordedAt);
    }
}
