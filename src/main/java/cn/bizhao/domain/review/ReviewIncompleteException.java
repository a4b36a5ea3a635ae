package cn.bizhao.domain.review;

import cn.bizhao.domain.DomainException;
import java.util.List;

/** A conclusion submitted before the review supports it; names the first thing missing and keeps them all. */
public final class ReviewIncompleteException extends DomainException {
    private final transient List<ReviewGap> gaps;

    public ReviewIncompleteException(List<ReviewProblem> problems) {
        this(problems.stream().map(p -> new ReviewGap(p, null)).toList(), true);
    }

    private ReviewIncompleteException(List<ReviewGap> gaps, boolean unused) {
        super("error.review.incomplete", gaps.get(0).problem(), gaps.size());
        this.gaps = List.copyOf(gaps);
    }

    /** Every thing missing, each with its place in the review file. */
    public static ReviewIncompleteException of(List<ReviewGap> gaps) {
        return new ReviewIncompleteException(gaps, true);
    }

    public List<ReviewProblem> problems() {
        return gaps.stream().map(ReviewGap::problem).distinct().toList();
    }

    public List<ReviewGap> gaps() {
        return gaps;
    }
}
