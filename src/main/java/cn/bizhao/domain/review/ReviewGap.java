package cn.bizhao.domain.review;

import cn.bizhao.domain.application.MaterialKind;

/**
 * One thing still missing from a review file before its conclusion can go to the supervisor.
 *
 * @param material the material concerned, for a verdict; null otherwise
 */
public record ReviewGap(ReviewProblem problem, MaterialKind material) {
    public ReviewPart part() {
        return problem.part();
    }
}
