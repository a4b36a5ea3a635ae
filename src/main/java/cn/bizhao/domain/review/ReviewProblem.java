package cn.bizhao.domain.review;

/**
 * Why a conclusion cannot be submitted yet, with the part of the review file where it is put right;
 * shown via {@code reviewProblem.<NAME>}.
 */
public enum ReviewProblem {
    VERDICT_MISSING(ReviewPart.VERDICTS), MATERIAL_NOT_VALID(ReviewPart.VERDICTS),
    NOT_VERIFIED(ReviewPart.VERIFICATION), VERIFICATION_NOT_CONFIRMED(ReviewPart.VERIFICATION),
    NO_ROUTE(ReviewPart.ROUTE), MODULES_NOT_PASSED(ReviewPart.ROUTE),
    NO_OPINION(ReviewPart.OPINION), NO_DETAIL(ReviewPart.CONCLUSION),
    VERIFICATION_INCOMPLETE(ReviewPart.VERIFICATION), VERIFICATION_DATE_IN_FUTURE(ReviewPart.VERIFICATION),
    NO_OUTCOME(ReviewPart.CONCLUSION);

    private final ReviewPart part;

    ReviewProblem(ReviewPart part) {
        this.part = part;
    }

    public ReviewPart part() {
        return part;
    }
}
