package cn.bizhao.packaging.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cms.CMSAttributeTableGenerator;

/**
 * The signed attributes of every signature we make: content type, message digest, and
 * signing-certificate-v2 (binds the signature to its certificate; required by CAdES and PAdES
 * baseline B-B). The signing time is added for the package signature only: PAdES forbids the
 * attribute and carries the time in the PDF signature dictionary instead.
 */
final class SignedAttributes implements CMSAttributeTableGenerator {
    private final X509Certificate certificate;
    private final Instant signingTime;

    SignedAttributes(X509Certificate certificate, Instant signingTime) {
        this.certificate = certificate;
        this.signingTime = signingTime;
    }

    @Override
    public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(attribute(CMSAttributes.contentType,
                (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE)));
        attributes.add(attribute(CMSAttributes.messageDigest,
                new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST))));
        if (signingTime != null) {
            attributes.add(attribute(CMSAttributes.signingTime, new Time(Date.from(signingTime))));
        }
        attributes.add(attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificateV2(certificate)));
        return new AttributeTable(attributes);
    }

    static SigningCertificateV2 signingCertificateV2(X509Certificate certificate) {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2(sha256(certificate), issuerSerial));
    }

    static byte[] sha256(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot hash certificate", e);
        }
    }

    private static Attribute attribute(ASN1ObjectIdentifier type, ASN1Encodable value) {
        return new Attribute(type, new DERSet(value));
    }
}
