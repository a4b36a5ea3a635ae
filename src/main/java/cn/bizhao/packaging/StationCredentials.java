package cn.bizhao.packaging;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * The station's private key and certificate as plain JDK types: how the service layer hands
 * packaging the key it unlocked, without packaging knowing where keys are kept. It signs
 * packages and opens packages encrypted for the station. Not a record, so that no generated
 * {@code toString} prints the key.
 */
public final class StationCredentials {
    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    public StationCredentials(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public String toString() {
        return "StationCredentials[" + certificate.getSubjectX500Principal() + "]";
    }
}
