package cn.bizhao.security.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StationKeyStoreTest {
    private static final StationIdentity IDENTITY = new StationIdentity("Guangxi Test Recognition Centre", "Counter 1");
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void storedKeyComesBackWithThePassphraseAndSigns(SigningAlgorithm algorithm) throws Exception {
        StationKeyStore store = new StationKeyStore(folder, new StationKeyFactory());
        StationKey created = store.create(IDENTITY, algorithm, Duration.ofDays(30), PASSPHRASE);

        StationKey loaded = store.current(PASSPHRASE);

        assertThat(loaded.certificate()).isEqualTo(created.certificate());
        Signature signer = Signature.getInstance(algorithm.signatureAlgorithm(), BouncyCastle.provider());
        signer.initSign(loaded.privateKey());
        signer.update(new byte[] {1, 2, 3});
        Signature verifier = Signature.getInstance(algorithm.signatureAlgorithm(), BouncyCastle.provider());
        verifier.initVerify(created.certificate());
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signer.sign())).isTrue();
    }

    @Test
    void wrongPassphraseIsRefused() throws IOException {
        StationKeyStore store = new StationKeyStore(folder, new StationKeyFactory());
        store.create(IDENTITY, SigningAlgorithm.ECDSA_P256_SHA256, Duration.ofDays(30), PASSPHRASE);

        assertThatThrownBy(() -> store.current("wrong".toCharArray())).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.key.wrongPassphrase");
    }

    @Test
    void keyFileIsEncryptedPkcs8() throws IOException {
        new StationKeyStore(folder, new StationKeyFactory())
                .create(IDENTITY, SigningAlgorithm.ECDSA_P256_SHA256, Duration.ofDays(30), PASSPHRASE);

        assertThat(Files.readString(folder.resolve("station-0001.key.pem")))
                .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    }

    @Test
    void renewalMakesANewCurrentKeyAndKeepsTheOldCertificate() throws IOException {
        StationKeyStore store = new StationKeyStore(folder, new StationKeyFactory());
        StationKey first = store.create(IDENTITY, SigningAlgorithm.ECDSA_P256_SHA256, Duration.ofDays(30), PASSPHRASE);
        StationKey second = store.create(IDENTITY, SigningAlgorithm.SM2_SM3, Duration.ofDays(30), PASSPHRASE);

        assertThat(second.generation()).isEqualTo(2);
        assertThat(store.current(PASSPHRASE).certificate()).isEqualTo(second.certificate());
        assertThat(store.certificates()).containsExactly(second.certificate(), first.certificate());
    }

    @Test
    void storeWithoutKeySaysSo() {
        StationKeyStore store = new StationKeyStore(folder.resolve("none"), new StationKeyFactory());

        assertThatThrownBy(() -> store.current(PASSPHRASE)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.key.none");
    }

    @Test
    void certificateNamesInstitutionAndStation() {
        StationKey key = new StationKeyFactory().create(IDENTITY, SigningAlgorithm.ECDSA_P256_SHA256, Duration.ofDays(1), 1);

        String subject = key.certificate().getSubjectX500Principal().getName();
        assertThat(subject).contains("O=Guangxi Test Recognition Centre", "OU=Counter 1", "CN=Counter 1 ");
        assertThat(key.certificate().getIssuerX500Principal()).isEqualTo(key.certificate().getSubjectX500Principal());
    }

    @Test
    void sm2CertificateUsesTheNationalSignatureAlgorithm() {
        StationKey key = new StationKeyFactory().create(IDENTITY, SigningAlgorithm.SM2_SM3, Duration.ofDays(1), 1);

        assertThat(key.certificate().getSigAlgOID()).isEqualTo("1.2.156.10197.1.501");
    }

    @Test
    void keyNeverShowsInToString() {
        StationKey key = new StationKeyFactory().create(IDENTITY, SigningAlgorithm.ECDSA_P256_SHA256, Duration.ofDays(1), 1);

        assertThat(key.toString()).doesNotContain(key.privateKey().toString()).contains("Counter 1");
    }

    @Test
    void certificateSurvivesPemExport() throws IOException {
        StationKey key = new StationKeyFactory().create(IDENTITY, SigningAlgorithm.RSA_3072_SHA256, Duration.ofDays(1), 1);
        Path pem = folder.resolve("station.pem");
        CertificatePem.write(key.certificate(), pem);

        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(CertificatePem.read(pem)).containsExactly(key.certificate());
    }

    @Test
    void fingerprintIsReadInGroupsOfFour() {
        CertificateFingerprint fingerprint = new CertificateFingerprint("00112233445566778899aabbccddeeff" + "0123456789abcdef".repeat(2));

        assertThat(fingerprint.forReading()).isEqualTo(
                "0011 2233 4455 6677 8899 AABB CCDD EEFF 0123 4567 89AB CDEF 0123 4567 89AB CDEF");
    }
}
