package cn.bizhao.domain.review;

/** Why a conclusion cannot be submitted yet; shown via {@code reviewProblem.<NAME>}. */
public enum ReviewProblem {
    VERDICT_MISSING, MATERIAL_NOT_VALID, NOT_VERIFIED, VERIFICATION_NOT_CONFIRMED, NO_ROUTE, MODULES_NOT_PASSED,
    NO_OPINION, NO_DETAIL
}
