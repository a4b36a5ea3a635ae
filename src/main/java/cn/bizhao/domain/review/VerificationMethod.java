package cn.bizhao.domain.review;

/** How the overseas certificate was checked; shown via {@code verificationMethod.<NAME>}. */
public enum VerificationMethod {
    /** The issuing body's public register or online lookup. */
    ISSUER_REGISTER,
    /** A letter to the issuing body and its reply. */
    LETTER,
    OTHER
}
