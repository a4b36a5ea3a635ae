package cn.bizhao.domain.review;

/** What the check of the overseas certificate found; shown via {@code verificationResult.<NAME>}. */
public enum VerificationResult {
    /** The issuing body confirms the certificate as presented. */
    CONFIRMED,
    /** The issuing body does not confirm it, or no answer could be obtained. */
    NOT_CONFIRMED
}
