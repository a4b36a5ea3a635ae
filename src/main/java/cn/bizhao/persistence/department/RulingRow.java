package cn.bizhao.persistence.department;

import cn.bizhao.domain.department.Ruling;
import cn.bizhao.domain.department.RulingState;
import cn.bizhao.domain.review.DepartmentOutcome;
import java.time.Instant;
import java.time.LocalDate;

/** The department's decision on one version of a submission. */
public final class RulingRow {
    public Long id;
    public Long applicationId;
    public Integer versionNo;
    public DepartmentOutcome outcome;
    public String opinion;
    public String corrections;
    public String certificateNo;
    public LocalDate issuedOn;
    public String evaluationBody;
    public RulingState state;
    public String decidedBy;
    public Instant decidedAt;
    public String signedOffBy;
    public Instant signedOffAt;

    public static RulingRow of(Ruling r) {
        RulingRow row = new RulingRow();
        row.applicationId = r.applicationId();
        row.versionNo = r.version();
        row.outcome = r.outcome();
        row.opinion = r.opinion();
        row.corrections = r.corrections();
        row.certificateNo = r.certificateNo();
        row.issuedOn = r.issuedOn();
        row.evaluationBody = r.evaluationBody();
        row.state = r.state();
        row.decidedBy = r.decidedBy();
        row.decidedAt = r.decidedAt();
        row.signedOffBy = r.signedOffBy();
        row.signedOffAt = r.signedOffAt();
        return row;
    }

    public Ruling toRuling() {
        return new Ruling(id, applicationId, versionNo, outcome, opinion, corrections, certificateNo, issuedOn,
                evaluationBody, state, decidedBy, decidedAt, signedOffBy, signedOffAt);
    }
}
