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

    public static VerdictRow of(long applicationId, MaterialReview verdict) {
        VerdictRow row = new VerdictRow();
        row.applicationId = applicationId;
        row.kind = verdict.kind();
        row.verdict = verdict.verdict();
        row.note = verdict.note();
        row.reviewer = verdict.reviewer();
        row.reviewedAt = verdict.reviewedAt();
        return row;
    }

    public MaterialReview toVerdict() {
        return new MaterialReview(kind, verdict, note, reviewer, reviewedAt);
    }
}
