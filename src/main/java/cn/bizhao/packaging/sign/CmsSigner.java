package cn.bizhao.packaging.sign;

import cn.bizhao.packaging.StationCredentials;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Detached CMS SignedData (RFC 5652), DER encoded, with the signer's certificate inside. */
public final class CmsSigner {
    private CmsSigner() {
    }

    /**
     * @param signingTime the claimed time as a signed attribute, or null to leave it out (PAdES)
     */
    public static byte[] signDetached(byte[] content, StationCredentials credentials, Instant signingTime) {
        try {
            SignatureSuite suite = SignatureSuite.of(credentials.certificate().getPublicKey());
            ContentSigner signer = new JcaContentSignerBuilder(suite.jcaName())
                    .setProvider(BouncyCastle.provider()).build(credentials.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.provider()).build())
                    .setSignedAttributeGenerator(new SignedAttributes(credentials.certificate(), signingTime))
                    .build(signer, credentials.certificate()));
            generator.addCertificate(new JcaX509CertificateHolder(credentials.certificate()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }
}
