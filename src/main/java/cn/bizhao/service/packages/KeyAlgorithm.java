package cn.bizhao.service.packages;

/**
 * The signing algorithms an administrator chooses from (DESIGN.md section 6), as the screens
 * and the command line name them; names shown via {@code keyAlgorithm.<NAME>}.
 */
public enum KeyAlgorithm {
    /** The default: short keys, fast, accepted by every verifier. */
    ECDSA_P256_SHA256,
    /** The national algorithms (GM/T 0003, 0004, 0009). */
    SM2_SM3,
    RSA_3072_SHA256;

    public static final KeyAlgorithm DEFAULT = ECDSA_P256_SHA256;
}
