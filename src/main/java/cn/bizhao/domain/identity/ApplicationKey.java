package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.Application;
import java.util.Objects;
import java.util.Optional;

/** "Same person, same certificate": two open applications with one key are one request twice. */
public record ApplicationKey(IdentityKey person, CertificateKey certificate) {
    public ApplicationKey {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(certificate, "certificate");
    }

    /** Empty while the application has no document number or no catalogue comparison yet. */
    public static Optional<ApplicationKey> of(Application application) {
        return IdentityKey.of(application.applicant()).flatMap(person ->
                CertificateKey.of(application.certificate()).map(certificate -> new ApplicationKey(person, certificate)));
    }
}
