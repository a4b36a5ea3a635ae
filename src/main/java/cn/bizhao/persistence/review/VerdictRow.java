package cn.bizhao.persistence.review;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.MaterialReview;
import cn.bizhao.domain.review.MaterialVerdict;
import java.time.Instant;

/** A verdict on one material. */
public final class VerdictRow {
    public Long applicationId;
    public MaterialKind kind;
    public MaterialVerdict verdict;
    public String note;
    public String reviewer;
    public Instant reviewedAt;

    public MaterialReview toVerdict() {
        return new MaterialReview(kind, verdict, note, reviewer, reviewedAt);
    }
}
