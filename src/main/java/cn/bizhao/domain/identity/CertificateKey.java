package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.catalog.CatalogText;
import cn.bizhao.domain.catalog.OverseasLevel;
import java.util.Optional;

/**
 * One overseas certificate as the catalogue names it: region, project and level, in the
 * catalogue's normal form. It deliberately leaves out the catalogue version and row number:
 * the same certificate compared against two catalogue versions is still the same certificate.
 */
public record CertificateKey(String region, String project, String level) {
    public CertificateKey {
        region = CatalogText.normalize(region);
        project = CatalogText.normalize(project);
        // Blank and "/" both mean "no level" (OverseasLevel), which CatalogText alone would not equate.
        level = OverseasLevel.normalize(level);
        if (region.isEmpty() || project.isEmpty()) {
            throw new IllegalArgumentException("region and project must not be blank");
        }
    }

    public static CertificateKey of(CatalogEntry entry) {
        return new CertificateKey(entry.region(), entry.overseasProject(), entry.overseasLevel());
    }

    /** The key of a certificate compared against the catalogue; empty while not compared. */
    public static Optional<CertificateKey> of(OverseasCertificate certificate) {
        if (certificate == null || certificate.catalogMapping() == null) {
            return Optional.empty();
        }
        return Optional.of(of(certificate.catalogMapping().entry()));
    }
}
