package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.sign.BouncyCastle;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * The certificates a verifier trusts, handed over as JDK types by whoever keeps the trust
 * list. A signer is trusted when its certificate is in the list, or was issued directly by
 * one in it (so the department may one day certify stations instead of collecting each one).
 */
public final class TrustAnchors {
    private final List<X509Certificate> certificates;

    public TrustAnchors(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    boolean trusts(X509Certificate signer) {
        return certificates.stream().anyMatch(anchor -> sameCertificate(anchor, signer) || issued(anchor, signer));
    }

    private static boolean sameCertificate(X509Certificate a, X509Certificate b) {
        try {
            return Arrays.equals(a.getEncoded(), b.getEncoded());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean issued(X509Certificate anchor, X509Certificate signer) {
        if (!anchor.getSubjectX500Principal().equals(signer.getIssuerX500Principal()) || anchor.getBasicConstraints() < 0) {
            return false;
        }
        try {
            signer.verify(anchor.getPublicKey(), BouncyCastle.provider());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
