package cn.bizhao.security.trust;

import cn.bizhao.security.signing.CertificateFingerprint;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** One certificate of the trust list, with what the administrator needs to recognise it. */
public record TrustedCertificate(CertificateFingerprint fingerprint, String subject, Instant notBefore,
                                 Instant notAfter, X509Certificate certificate) {

    static TrustedCertificate of(X509Certificate certificate) {
        return new TrustedCertificate(CertificateFingerprint.of(certificate),
                certificate.getSubjectX500Principal().getName(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), certificate);
    }
}
