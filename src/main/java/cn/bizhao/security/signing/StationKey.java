package cn.bizhao.security.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A station's private signing key with its certificate. Not a record, so that no generated
 * {@code toString} can ever print the key into a log.
 */
public final class StationKey {
    private final int generation;
    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    public StationKey(int generation, PrivateKey privateKey, X509Certificate certificate) {
        this.generation = generation;
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    /** 1 for the first key of the station, then one more for each renewal. */
    public int generation() {
        return generation;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public String toString() {
        return "StationKey[generation=" + generation + ", subject=" + certificate.getSubjectX500Principal() + "]";
    }
}
