package cn.bizhao.packaging.sign;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * What checking one CMS signature found.
 *
 * @param problem     empty when the signature holds; otherwise which part failed
 * @param signer      the certificate inside the signature, when there was one
 * @param signingTime the signed signing-time attribute, when present
 */
public record CmsCheck(Optional<CmsProblem> problem, Optional<X509Certificate> signer, Optional<Instant> signingTime) {

    static CmsCheck failed(CmsProblem problem) {
        return new CmsCheck(Optional.of(problem), Optional.empty(), Optional.empty());
    }

    static CmsCheck failed(CmsProblem problem, X509Certificate signer) {
        return new CmsCheck(Optional.of(problem), Optional.of(signer), Optional.empty());
    }

    public boolean isValid() {
        return problem.isEmpty();
    }
}
