package cn.bizhao.packaging.crypt;

import cn.bizhao.domain.DomainException;
import cn.bizhao.packaging.StationCredentials;
import cn.bizhao.packaging.sign.BouncyCastle;
import cn.bizhao.packaging.sign.SignatureSuite;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;

/**
 * Optional transport encryption of a whole package for one recipient: CMS EnvelopedData with
 * AES-256-CBC content encryption, the key sent by RSA-OAEP (SHA-256) to an RSA certificate or
 * by ECDH (ephemeral-static, SHA-256 KDF, AES-256 key wrap) to a P-256 certificate, the two
 * schemes {@code openssl cms -decrypt} also opens. Streamed both ways: a package of any size
 * is never held in memory.
 */
public final class PackageEncryption {
    private static final byte DER_SEQUENCE = 0x30;

    private PackageEncryption() {
    }

    /** Wraps {@code out}: what is written to the returned stream arrives encrypted; closing it finishes the envelope. */
    public static OutputStream encryptingStream(OutputStream out, X509Certificate recipient) throws IOException {
        CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
        try {
            generator.addRecipientInfoGenerator(recipientInfo(recipient));
            return generator.open(out, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC)
                    .setProvider(BouncyCastle.provider()).build());
        } catch (CMSException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot start encryption", e);
        }
    }

    /** An encrypted package is DER; a plain one is a ZIP ("PK"). */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == DER_SEQUENCE;
        }
    }

    /** Decrypts {@code encrypted} into {@code plain}; on any failure {@code plain} does not exist afterwards. */
    public static void decrypt(Path encrypted, StationCredentials station, Path plain) throws IOException {
        boolean done = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(encrypted), 1 << 16);
             OutputStream out = Files.newOutputStream(plain)) {
            RecipientInformation recipient = recipientFor(new CMSEnvelopedDataParser(in), station.certificate());
            try (InputStream content = recipient.getContentStream(recipientOf(station)).getContentStream()) {
                content.transferTo(out);
            }
            done = true;
        } catch (CMSException | CertificateEncodingException e) {
            throw new DecryptionException(DecryptionProblem.WRONG_KEY);
        } catch (DecryptionException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DecryptionException(DecryptionProblem.MALFORMED);
        } finally {
            if (!done) {
                Files.deleteIfExists(plain);
            }
        }
    }

    private static RecipientInformation recipientFor(CMSEnvelopedDataParser parser, X509Certificate certificate)
            throws CertificateEncodingException {
        JcaX509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
        return parser.getRecipientInfos().getRecipients().stream()
                .filter(r -> r.getRID().match(holder))
                .findFirst()
                .orElseThrow(() -> new DecryptionException(DecryptionProblem.NOT_FOR_THIS_STATION));
    }

    private static RecipientInfoGenerator recipientInfo(X509Certificate recipient) throws GeneralSecurityException {
        switch (SignatureSuite.of(recipient.getPublicKey())) {
            case RSA_SHA256 -> {
                OAEPParameterSpec oaep = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                        PSource.PSpecified.DEFAULT);
                return new JceKeyTransRecipientInfoGenerator(recipient, new JcaAlgorithmParametersConverter()
                        .getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, oaep))
                        .setProvider(BouncyCastle.provider());
            }
            case ECDSA_SHA256 -> {
                KeyPair ephemeral = ephemeralPairFor((ECPublicKey) recipient.getPublicKey());
                return new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, ephemeral.getPrivate(),
                        ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                        .addRecipient(recipient).setProvider(BouncyCastle.provider());
            }
            default -> throw new DomainException("packaging.encrypt.unsupportedRecipient",
                    recipient.getSubjectX500Principal().getName());
        }
    }

    private static KeyPair ephemeralPairFor(ECPublicKey recipientKey) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.provider());
        generator.initialize(recipientKey.getParams());
        return generator.generateKeyPair();
    }

    private static Recipient recipientOf(StationCredentials station) {
        if (SignatureSuite.of(station.certificate().getPublicKey()) == SignatureSuite.RSA_SHA256) {
            return new JceKeyTransEnvelopedRecipient(station.privateKey()).setProvider(BouncyCastle.provider());
        }
        return new JceKeyAgreeEnvelopedRecipient(station.privateKey()).setProvider(BouncyCastle.provider());
    }
}
