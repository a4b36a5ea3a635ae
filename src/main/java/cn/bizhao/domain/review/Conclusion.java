package cn.bizhao.domain.review;

import java.time.Instant;

/**
 * The reviewer's conclusion, waiting for the supervisor, who confirms it (the status changes) or
 * sends it back (the review goes on).
 *
 * @param detail for RETURN the materials to supplement (the one-time notice), for REJECT the reason
 */
public record Conclusion(long id, Outcome outcome, String detail, String reviewer, Instant submittedAt,
                         ConclusionState state, String supervisor, String supervisorNote, Instant decidedAt) {
    public boolean isPending() {
        return state == ConclusionState.PENDING;
    }
}
