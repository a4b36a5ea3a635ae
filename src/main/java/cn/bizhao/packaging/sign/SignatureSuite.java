package cn.bizhao.packaging.sign;

import cn.bizhao.domain.DomainException;
import java.security.PublicKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The signature a key makes, read from the key itself, so that whoever hands packaging a key
 * need not say which algorithm it is: P-256 signs ECDSA with SHA-256, an SM2 key SM2 with SM3,
 * an RSA key PKCS#1 v1.5 with SHA-256 (what openssl, NSS and Adobe all verify).
 */
public enum SignatureSuite {
    ECDSA_SHA256("SHA256withECDSA"),
    SM2_SM3("SM3withSM2"),
    RSA_SHA256("SHA256withRSA");

    private final String jcaName;

    SignatureSuite(String jcaName) {
        this.jcaName = jcaName;
    }

    public String jcaName() {
        return jcaName;
    }

    public static SignatureSuite of(PublicKey key) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            return GMObjectIdentifiers.sm2p256v1.equals(info.getAlgorithm().getParameters()) ? SM2_SM3 : ECDSA_SHA256;
        }
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            return RSA_SHA256;
        }
        throw new DomainException("packaging.sign.unsupportedKey", algorithm.getId());
    }
}
