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

    public Conclusion toConclusion() {
        return new Conclusion(id, outcome, detail, reviewer, submittedAt, state, supervisor, supervisorNote, decidedAt);
    }
}
