package cn.bizhao.security.signing;

import cn.bizhao.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a station's key pair and its self-signed certificate. Self-signed because the
 * institutions have no CA: the department trusts a station by importing its certificate after
 * reading the fingerprint back on the phone.
 */
public final class StationKeyFactory {
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(5 * 365 + 1);
    /** Backdated a little, so a receiving machine whose clock runs slow still sees it valid. */
    private static final Duration BACKDATE = Duration.ofHours(1);

    private final Clock clock;
    private final SecureRandom random;

    public StationKeyFactory(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    public StationKeyFactory() {
        this(Clock.systemUTC(), new SecureRandom());
    }

    /** A new key with a certificate valid from now for {@code validity}. */
    public StationKey create(StationIdentity identity, SigningAlgorithm algorithm, Duration validity, int generation) {
        Instant now = clock.instant();
        return create(identity, algorithm, now.minus(BACKDATE), now.plus(validity), generation);
    }

    /** A new key with a certificate valid between the two instants (tests make expired ones with it). */
    public StationKey create(StationIdentity identity, SigningAlgorithm algorithm, Instant notBefore, Instant notAfter,
                             int generation) {
        try {
            KeyPair pair = algorithm.generateKeyPair(random);
            X509Certificate certificate = selfSign(pair, subjectOf(identity), algorithm, notBefore, notAfter);
            return new StationKey(generation, pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create a " + algorithm + " station key", e);
        }
    }

    static X500Name subjectOf(StationIdentity identity) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, identity.institution())
                .addRDN(BCStyle.OU, identity.station())
                .addRDN(BCStyle.CN, Messages.chinese().get("security.certificate.commonName", identity.station()))
                .build();
    }

    private X509Certificate selfSign(KeyPair pair, X500Name subject, SigningAlgorithm algorithm, Instant notBefore,
                                     Instant notAfter) throws GeneralSecurityException, OperatorCreationException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(127, random).add(BigInteger.ONE),
                Date.from(notBefore), Date.from(notAfter), subject, pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, keyUsage(algorithm));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(pair.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ContentSigner signer = new JcaContentSignerBuilder(algorithm.signatureAlgorithm())
                .setProvider(BouncyCastle.provider()).build(pair.getPrivate());
        X509CertificateHolder holder = builder.build(signer);
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.provider()).getCertificate(holder);
    }

    /** Signing, plus the one key-management use each key type has for encrypted packages sent to the station. */
    private static KeyUsage keyUsage(SigningAlgorithm algorithm) {
        int transport = algorithm == SigningAlgorithm.RSA_3072_SHA256 ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement;
        return new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | transport);
    }
}
