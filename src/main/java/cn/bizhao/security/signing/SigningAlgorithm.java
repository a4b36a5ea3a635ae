package cn.bizhao.security.signing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/**
 * The station signing algorithms of DESIGN.md section 6. ECDSA P-256 is the default: short
 * keys, fast, and accepted by every verifier the department may use. SM2/SM3 (GM/T 0003, 0004,
 * 0009) is there for offices that must use the national algorithms; BouncyCastle signs with the
 * default signer ID 1234567812345678 and the OID 1.2.156.10197.1.501.
 */
public enum SigningAlgorithm {
    ECDSA_P256_SHA256("EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA"),
    SM2_SM3("EC", new ECGenParameterSpec("sm2p256v1"), "SM3withSM2"),
    RSA_3072_SHA256("RSA", new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4), "SHA256withRSA");

    public static final SigningAlgorithm DEFAULT = ECDSA_P256_SHA256;

    private final String keyAlgorithm;
    private final AlgorithmParameterSpec keyParameters;
    private final String signatureAlgorithm;

    SigningAlgorithm(String keyAlgorithm, AlgorithmParameterSpec keyParameters, String signatureAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        this.keyParameters = keyParameters;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The JCA name of the signature, as BouncyCastle's content signer builder expects it. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    KeyPair generateKeyPair(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, BouncyCastle.provider());
        generator.initialize(keyParameters, random);
        return generator.generateKeyPair();
    }
}
