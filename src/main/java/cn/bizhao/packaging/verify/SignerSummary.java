package cn.bizhao.packaging.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/** Who signed a package, as the report shows it: enough to recognise the station on the phone. */
public record SignerSummary(String subject, String sha256Fingerprint, Instant notBefore, Instant notAfter) {

    static SignerSummary of(X509Certificate certificate) {
        try {
            String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            return new SignerSummary(certificate.getSubjectX500Principal().getName(), fingerprint,
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }
}
