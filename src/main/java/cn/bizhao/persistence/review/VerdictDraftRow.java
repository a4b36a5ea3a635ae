package cn.bizhao.persistence.review;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.MaterialVerdict;

/** A verdict as typed in a review draft; the verdict may still be missing while a note is written. */
public final class VerdictDraftRow {
    public Long applicationId;
    public MaterialKind kind;
    public MaterialVerdict verdict;
    public String note;

    public static VerdictDraftRow of(long applicationId, MaterialKind kind, MaterialVerdict verdict, String note) {
        VerdictDraftRow row = new VerdictDraftRow();
        row.applicationId = applicationId;
        row.kind = kind;
        row.verdict = verdict;
        row.note = note;
        return row;
    }
}
