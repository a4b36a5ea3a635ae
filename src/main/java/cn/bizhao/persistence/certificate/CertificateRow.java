package cn.bizhao.persistence.certificate;

import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.certificate.IssuedCertificate;
import java.time.Instant;
import java.time.LocalDate;

/** An issued certificate. */
public final class CertificateRow {
    public Long applicationId;
    public String certificateNo;
    public LocalDate issuedOn;
    public String holderName;
    public IdDocumentType idType;
    public String idNumber;
    public String occupation;
    public SkillLevel skillLevel;
    public String evaluationInstitution;
    public String acceptanceNo;
    public String overseasRegion;
    public String recordedBy;
    public Instant recordedAt;

    public static CertificateRow of(IssuedCertificate c) {
        CertificateRow row = new CertificateRow();
        row.applicationId = c.applicationId();
        row.certificateNo = c.number();
        row.issuedOn = c.issuedOn();
        row.holderName = c.holderName();
        row.idType = c.idType();
        row.idNumber = c.idNumber();
        row.occupation = c.occupation();
        row.skillLevel = c.level();
        row.evaluationInstitution = c.evaluationInstitution();
        row.acceptanceNo = c.acceptanceNo();
        row.overseasRegion = c.overseasRegion();
        row.recordedBy = c.recordedBy();
        row.recordedAt = c.recordedAt();
        return row;
    }

    public IssuedCertificate toCertificate() {
        return new IssuedCertificate(applicationId, certificateNo, issuedOn, holderName, idType, idNumber, occupation,
                skillLevel, evaluationInstitution, acceptanceNo, overseasRegion, recordedBy, recordedAt);
    }
}
