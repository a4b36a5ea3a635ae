package cn.bizhao.security.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 fingerprint of a certificate. Read out on the phone before a certificate is
 * trusted, so it is shown in groups of four upper-case hex digits, which people read and
 * compare without losing their place.
 */
public record CertificateFingerprint(String hex) {
    private static final int GROUP = 4;

    public CertificateFingerprint {
        hex = hex.toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + hex);
        }
    }

    public static CertificateFingerprint of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new CertificateFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    /** "3F2A 9C01 …": 16 groups of 4 upper-case hex digits. */
    public String forReading() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < hex.length(); i += GROUP) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(hex, i, i + GROUP);
        }
        return text.toString().toUpperCase(Locale.ROOT);
    }
}
