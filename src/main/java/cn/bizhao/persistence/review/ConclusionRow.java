package cn.bizhao.persistence.review;

import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.Outcome;
import java.time.Instant;

/** A reviewer's conclusion and the supervisor's decision on it. */
public final class ConclusionRow {
    public Long id;
    public Long applicationId;
    public Outcome outcome;
    public String detail;
    public String reviewer;
    public Instant submittedAt;
    public ConclusionState state;
    public String supervisor;
    public String supervisorNote;
    public Instant decidedAt;

    /** A conclusion as submitted; the supervisor's decision on it is recorded separately. */
    public static ConclusionRow submitted(long applicationId, Outcome outcome, String detail, String reviewer,
                                          Instant submittedAt) {
        ConclusionRow row = new ConclusionRow();
        row.applicationId = applicationId;
        row.outcome = outcome;
        row.detail = detail;
        row.reviewer = reviewer;
        row.submittedAt = submittedAt;
        row.state = ConclusionState.PENDING;
        return row;
    }

    public Conclusion toConclusion() {
        return new Conclusion(id, outcome, detail, reviewer, submittedAt, state, supervisor, supervisorNote, decidedAt);
    }
}
