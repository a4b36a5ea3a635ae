package cn.bizhao.domain.review;

import cn.bizhao.domain.DomainException;
import java.util.List;

/** A conclusion submitted before the review supports it; names the first thing missing. */
public final class ReviewIncompleteException extends DomainException {
    private final transient List<ReviewProblem> problems;

    public ReviewIncompleteException(List<ReviewProblem> problems) {
        super("error.review.incomplete", problems.get(0), problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ReviewProblem> problems() {
        return problems;
    }
}
