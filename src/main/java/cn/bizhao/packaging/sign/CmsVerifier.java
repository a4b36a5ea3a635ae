package cn.bizhao.packaging.sign;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a detached CMS signature over given content. Only the mathematics and the binding to
 * the certificate inside: whether that certificate is trusted, and was valid when it signed,
 * is the caller's question, answered against its trust list.
 */
public final class CmsVerifier {
    private CmsVerifier() {
    }

    public static CmsCheck verifyDetached(byte[] content, byte[] signature) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        } catch (CMSException | RuntimeException e) {
            return CmsCheck.failed(CmsProblem.MALFORMED);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return CmsCheck.failed(CmsProblem.MALFORMED);
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return CmsCheck.failed(CmsProblem.NO_CERTIFICATE);
        }
        return verify(signer, matches.iterator().next());
    }

    private static CmsCheck verify(SignerInformation signer, X509CertificateHolder holder) {
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.provider()).getCertificate(holder);
        } catch (CertificateException e) {
            return CmsCheck.failed(CmsProblem.NO_CERTIFICATE);
        }
        // Verified against the bare public key: BouncyCastle would otherwise reject a certificate
        // expired at signing time as a broken signature, and the verifier reports that separately.
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.provider())
                    .build(certificate.getPublicKey()))) {
                return CmsCheck.failed(CmsProblem.MISMATCH, certificate);
            }
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return CmsCheck.failed(CmsProblem.MISMATCH, certificate);
        }
        if (!bindsTo(signer.getSignedAttributes(), certificate)) {
            return CmsCheck.failed(CmsProblem.WRONG_CERTIFICATE_BINDING, certificate);
        }
        return new CmsCheck(Optional.empty(), Optional.of(certificate), signingTime(signer.getSignedAttributes()));
    }

    private static boolean bindsTo(AttributeTable attributes, X509Certificate certificate) {
        Attribute attribute = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        return ids.length > 0 && NISTObjectIdentifiers.id_sha256.equals(ids[0].getHashAlgorithm().getAlgorithm())
                && Arrays.equals(ids[0].getCertHash(), SignedAttributes.sha256(certificate));
    }

    private static Optional<Instant> signingTime(AttributeTable attributes) {
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null) {
            return Optional.empty();
        }
        return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
    }
}
