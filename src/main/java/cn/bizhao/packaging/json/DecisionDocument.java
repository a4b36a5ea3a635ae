package cn.bizhao.packaging.json;

import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.review.DepartmentOutcome;
import java.time.Instant;
import java.time.LocalDate;

/**
 * data/decision.json, schema version 1: 自治区人社部门意见 on one version of an institution's
 * submission, as written down in {@code src/docs/package-format-1.md} section "decision".
 *
 * @param stationRecordId   the institution's record number of the application, as its submission carried it
 * @param submissionVersion the version of the submission decided on
 * @param documentNo        the department's number of this decision
 * @param opinion           the opinion printed on the form; for a return, the reasons
 * @param corrections       for a return, what the institution is to correct; empty for an approval
 * @param certificate       the certificate issued (approvals only), null for a return
 */
public record DecisionDocument(int schemaVersion, String acceptanceNo, long stationRecordId, int submissionVersion,
                               String department, DepartmentOutcome outcome, String opinion, String corrections,
                               LocalDate decidedOn, String documentNo, CertificatePart certificate, String decidedBy,
                               String signedOffBy, Instant signedOffAt) implements PackageJson.VersionedDocument {
    public static final int SCHEMA_VERSION = 1;

    /** 职业技能等级证书 as the department issued it; occupation and level are the catalogue mapping's. */
    public record CertificatePart(String number, LocalDate issuedOn, String evaluationBody, String occupation,
                                  SkillLevel level) {
    }
}
