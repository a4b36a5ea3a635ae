package cn.bizhao.packaging.sign;

/** Why a CMS signature does not hold. */
public enum CmsProblem {
    /** Not DER SignedData, or not exactly one signer. */
    MALFORMED,
    /** The signer's certificate is not inside the signature. */
    NO_CERTIFICATE,
    /** The digest or the signature value does not match the content: the content or the signature changed. */
    MISMATCH,
    /** signing-certificate-v2 is missing or names another certificate. */
    WRONG_CERTIFICATE_BINDING
}
