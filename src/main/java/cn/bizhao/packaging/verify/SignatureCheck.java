package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.sign.CmsCheck;
import cn.bizhao.packaging.sign.CmsVerifier;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * signature.p7s over tagmanifest-sha256.txt: a valid CMS signature by a trusted certificate
 * that was valid when it signed. Validity is judged at the signed signing time, not today, so
 * a package stays verifiable after its station's certificate expires or is renewed.
 */
final class SignatureCheck {
    private static final String PATH = PackageLayout.SIGNATURE;

    private final TrustAnchors trust;
    private final Clock clock;

    SignatureCheck(TrustAnchors trust, Clock clock) {
        this.trust = trust;
        this.clock = clock;
    }

    /** The signer's certificate, when the signature could be read. */
    Optional<X509Certificate> check(BagContents bag, ReportBuilder report) {
        Optional<byte[]> signature = bag.bytes(PATH);
        Optional<byte[]> tagManifest = bag.bytes(PackageLayout.TAG_MANIFEST);
        if (signature.isEmpty() || tagManifest.isEmpty()) {
            return Optional.empty();
        }
        CmsCheck cms = CmsVerifier.verifyDetached(tagManifest.get(), signature.get());
        cms.signer().ifPresent(report::signer);
        cms.signingTime().ifPresent(report::signingTime);
        cms.problem().ifPresent(problem -> report.add(FindingCode.SIGNATURE_INVALID, PATH, problem.name()));
        if (cms.isValid()) {
            checkSigner(cms.signer().orElseThrow(), cms.signingTime().orElse(clock.instant()), report);
        }
        return cms.signer();
    }

    private void checkSigner(X509Certificate signer, Instant signedAt, ReportBuilder report) {
        String subject = signer.getSubjectX500Principal().getName();
        if (!trust.trusts(signer)) {
            report.add(FindingCode.SIGNER_NOT_TRUSTED, PATH, subject);
        }
        if (signedAt.isAfter(signer.getNotAfter().toInstant())) {
            report.add(FindingCode.SIGNER_EXPIRED, PATH, signer.getNotAfter().toInstant().toString());
        } else if (signedAt.isBefore(signer.getNotBefore().toInstant())) {
            report.add(FindingCode.SIGNER_NOT_YET_VALID, PATH, signer.getNotBefore().toInstant().toString());
        }
    }
}
