package cn.bizhao.service.packages;

import cn.bizhao.domain.DomainException;
import cn.bizhao.packaging.sign.SignatureSuite;
import cn.bizhao.security.signing.CertificateFingerprint;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.security.auth.x500.X500Principal;

/**
 * A certificate of the trust list as an export offers it for encrypting packages: who holds it,
 * the fingerprint to read out on the phone, and why it cannot be a recipient when it cannot.
 *
 * @param institution the certificate's organisation (O), or its whole subject when it names none
 * @param station     the certificate's organisational unit (OU), empty when it names none
 * @param fingerprint SHA-256 of the certificate in groups of four upper-case hex digits; what
 *                    {@link ExportRequest#recipient()} takes
 */
public record EncryptionRecipient(String institution, String station, String fingerprint,
                                  Optional<RecipientRefusal> refusal) {
    public boolean usable() {
        return refusal.isEmpty();
    }

    /** The holder as the station certificates name it, and whether the certificate can be a recipient at {@code now}. */
    static EncryptionRecipient of(X509Certificate certificate, Instant now) {
        X500Principal subject = certificate.getSubjectX500Principal();
        return new EncryptionRecipient(attribute(subject, "O").orElse(subject.getName()),
                attribute(subject, "OU").orElse(""), CertificateFingerprint.of(certificate).forReading(),
                refusalOf(certificate, now));
    }

    private static Optional<RecipientRefusal> refusalOf(X509Certificate certificate, Instant now) {
        SignatureSuite suite;
        try {
            suite = SignatureSuite.of(certificate.getPublicKey());
        } catch (DomainException unknownKey) {
            return Optional.of(RecipientRefusal.UNSUPPORTED_KEY);
        }
        if (suite == SignatureSuite.SM2_SM3) {
            return Optional.of(RecipientRefusal.SM2_KEY);
        }
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            return Optional.of(RecipientRefusal.EXPIRED);
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(X500Principal subject, String type) {
        try {
            return new LdapName(subject.getName()).getRdns().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase(type))
                    .map(rdn -> String.valueOf(rdn.getValue()))
                    .findFirst();
        } catch (InvalidNameException malformed) {
            return Optional.empty();
        }
    }
}
