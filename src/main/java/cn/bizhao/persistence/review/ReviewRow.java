package cn.bizhao.persistence.review;

import cn.bizhao.domain.review.Route;
import java.time.Instant;

/** The review of one application: route and opinion. */
public final class ReviewRow {
    public Long applicationId;
    public Route route;
    public String opinion;
    public String reviewer;
    public Instant updatedAt;
}
