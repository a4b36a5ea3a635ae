package cn.bizhao.persistence.review;

import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.review.DepartmentDecision;
import cn.bizhao.domain.review.DepartmentOutcome;
import java.time.Instant;
import java.time.LocalDate;

/** The regional department's decision. */
public final class DepartmentDecisionRow {
    public Long id;
    public Long applicationId;
    public DepartmentOutcome outcome;
    public LocalDate decidedOn;
    public String documentNo;
    public String note;
    public String replySha256;
    public String replyMediaType;
    public Long replyByteSize;
    public String recordedBy;
    public Instant recordedAt;

    public DepartmentDecision toDecision() {
        Page reply = replySha256 == null ? null : new Page(id, 1, replyMediaType, replySha256, replyByteSize, 0);
        return new DepartmentDecision(outcome, decidedOn, documentNo, note, reply, recordedBy, recordedAt);
    }
}
