package cn.bizhao.domain.review;

import cn.bizhao.domain.application.MaterialKind;
import java.time.Instant;

/** A verdict on one material, with the reviewer's note, who gave it and when. */
public record MaterialReview(MaterialKind kind, MaterialVerdict verdict, String note, String reviewer,
                             Instant reviewedAt) {
    public MaterialReview {
        note = note == null ? "" : note.strip();
    }
}
