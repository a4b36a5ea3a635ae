package cn.bizhao.domain.review;

/** Where a reviewer's conclusion stands with the supervisor; shown via {@code conclusionState.<NAME>}. */
public enum ConclusionState {
    PENDING, CONFIRMED, SENT_BACK
}
