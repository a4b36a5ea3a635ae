package cn.bizhao.security.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.security.signing.CertificateFingerprint;
import cn.bizhao.security.signing.CertificatePem;
import cn.bizhao.security.signing.SigningAlgorithm;
import cn.bizhao.security.signing.StationIdentity;
import cn.bizhao.security.signing.StationKeyFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustListTest {
    @TempDir
    Path folder;

    private static X509Certificate certificate(String station) {
        return new StationKeyFactory().create(new StationIdentity("Centre", station), SigningAlgorithm.ECDSA_P256_SHA256,
                Duration.ofDays(1), 1).certificate();
    }

    @Test
    void importedCertificateIsListedWithItsFingerprint() throws IOException {
        X509Certificate certificate = certificate("Counter 2");
        Path pem = folder.resolve("counter2.pem");
        CertificatePem.write(certificate, pem);
        TrustList trust = new TrustList(folder.resolve("trust"));

        trust.importPem(pem);

        assertThat(trust.list()).singleElement().satisfies(t -> {
            assertThat(t.fingerprint()).isEqualTo(CertificateFingerprint.of(certificate));
            assertThat(t.subject()).contains("OU=Counter 2");
        });
    }

    @Test
    void importingTheSameCertificateTwiceChangesNothing() throws IOException {
        TrustList trust = new TrustList(folder);
        X509Certificate certificate = certificate("Counter 2");

        trust.add(certificate);
        trust.add(certificate);

        assertThat(trust.certificates()).containsExactly(certificate);
    }

    @Test
    void removedCertificateIsNoLongerTrusted() throws IOException {
        TrustList trust = new TrustList(folder);
        X509Certificate kept = certificate("Counter 2");
        X509Certificate removed = certificate("Counter 3");
        trust.add(kept);
        trust.add(removed);

        assertThat(trust.remove(CertificateFingerprint.of(removed))).isTrue();
        assertThat(trust.certificates()).containsExactly(kept);
    }

    @Test
    void trustSourceMayBeAFolderOrOneFile() throws IOException {
        X509Certificate certificate = certificate("Counter 2");
        new TrustList(folder.resolve("trust")).add(certificate);
        Path single = folder.resolve("one.pem");
        CertificatePem.write(certificate, single);

        assertThat(TrustList.readAll(folder.resolve("trust"))).containsExactly(certificate);
        assertThat(TrustList.readAll(single)).containsExactly(certificate);
    }

    @Test
    void fileWithAPrivateKeyIsRefused() throws Exception {
        Path pem = folder.resolve("key.pem");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        try (JcaPEMWriter writer = new JcaPEMWriter(Files.newBufferedWriter(pem))) {
            writer.writeObject(generator.generateKeyPair().getPrivate());
        }

        assertThatThrownBy(() -> new TrustList(folder.resolve("trust")).importPem(pem)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.pem.notCertificate");
        assertThat(new TrustList(folder.resolve("trust")).certificates()).isEmpty();
    }

    @Test
    void damagedPemIsRefused() throws IOException {
        Path pem = folder.resolve("damaged.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> new TrustList(folder.resolve("trust")).importPem(pem)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.pem.unreadable");
    }
}
