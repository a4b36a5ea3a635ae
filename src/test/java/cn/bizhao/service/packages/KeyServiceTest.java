package cn.bizhao.service.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.security.signing.CertificateFingerprint;
import cn.bizhao.security.signing.CertificatePem;
import cn.bizhao.security.signing.SigningAlgorithm;
import cn.bizhao.security.signing.StationIdentity;
import cn.bizhao.security.signing.StationKeyFactory;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyServiceTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;
    private Services services;
    private User admin;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        admin = PackageStations.admin(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void createsAKeyWhoseCertificateNamesTheInstitutionAndTheStation() {
        StationCertificate certificate = services.keys().create(admin, KeyAlgorithm.DEFAULT);

        assertThat(certificate.subject()).contains("O=" + TestStation.STATION.institutionName())
                .contains("OU=" + TestStation.STATION.stationName());
        assertThat(certificate.fingerprint()).matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
        assertThat(certificate.current()).isTrue();
        assertThat(services.keys().exportPem(admin)).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void keepsTheKeyFileEncryptedWithAPassphraseThatIsOnlyInTheDatabase() throws Exception {
        services.keys().create(admin, KeyAlgorithm.SM2_SM3);

        List<Path> keyFiles;
        try (Stream<Path> files = Files.walk(home.resolve("keys").resolve("station"))) {
            keyFiles = files.filter(f -> f.toString().endsWith(".key.pem")).toList();
        }
        assertThat(keyFiles).hasSize(1);
        assertThat(Files.readString(keyFiles.get(0))).contains("BEGIN ENCRYPTED PRIVATE KEY");
        assertThat(services.keys().credentials().certificate().getSigAlgOID()).isEqualTo("1.2.156.10197.1.501");
    }

    @Test
    void refusesASecondKeyButRenewsKeepingTheOldCertificate() {
        StationCertificate first = services.keys().create(admin, KeyAlgorithm.DEFAULT);
        assertThatThrownBy(() -> services.keys().create(admin, KeyAlgorithm.DEFAULT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("packages.key.exists"));

        StationCertificate second = services.keys().renew(admin, KeyAlgorithm.RSA_3072_SHA256);

        List<StationCertificate> history = services.keys().history(admin);
        assertThat(history).extracting(StationCertificate::fingerprint).containsExactly(second.fingerprint(), first.fingerprint());
        assertThat(history).extracting(StationCertificate::current).containsExactly(true, false);
        assertThat(services.keys().current().fingerprint()).isEqualTo(second.fingerprint());
    }

    @Test
    void onlyTheAdministratorManagesKeys() {
        User clerk = PackageStations.only(Role.CLERK);

        assertThatThrownBy(() -> services.keys().create(clerk, KeyAlgorithm.DEFAULT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.permission.adminOnly"));
        assertThatThrownBy(() -> services.keys().trusted(clerk)).isInstanceOf(DomainException.class);
        assertThat(services.keys().hasKey()).isFalse();
    }

    @Test
    void importsListsAndRemovesTrustedCertificatesAndAuditsEachChange() throws Exception {
        try (Services other = PackageStations.withKey(elsewhere)) {
            Path pem = Files.writeString(elsewhere.resolve("other.pem"), other.keys().exportPem(PackageStations.admin(other)));

            List<StationCertificate> added = services.keys().trust(admin, pem);
            services.keys().trust(admin, pem);

            assertThat(services.keys().trusted(admin)).containsExactlyElementsOf(added);
            assertThat(services.keys().distrust(admin, added.get(0).fingerprint())).isTrue();
            assertThat(services.keys().trusted(admin)).isEmpty();
        }
        assertThat(services.audit().all()).extracting(AuditRecord::entry)
                .filteredOn(e -> e.action() == AuditAction.SETTINGS_CHANGED).extracting(e -> e.detail()).anyMatch(d -> d.startsWith("trusted ")).anyMatch(d -> d.startsWith("distrusted "));
        assertThat(services.audit().verify()).isEmpty();
    }

    /** Trusts a certificate of another station, handed over as a PEM file as the administrator does. */
    private String trustCertificateOf(String station, SigningAlgorithm algorithm, Instant notBefore, Instant notAfter)
            throws Exception {
        X509Certificate certificate = new StationKeyFactory().create(new StationIdentity("南宁职业技能评价中心", station),
                algorithm, notBefore, notAfter, 1).certificate();
        Path pem = Files.writeString(elsewhere.resolve(station + ".pem"), CertificatePem.toPem(certificate));
        services.keys().trust(admin, pem);
        return CertificateFingerprint.of(certificate).forReading();
    }

    @Test
    void listsTheTrustedCertificatesAsRecipientsWithTheReasonWhenOneCannotBe() throws Exception {
        Instant now = Instant.now();
        Instant inFiveYears = now.plus(StationKeyFactory.DEFAULT_VALIDITY);
        String p256 = trustCertificateOf("A窗口", SigningAlgorithm.ECDSA_P256_SHA256, now, inFiveYears);
        String sm2 = trustCertificateOf("B窗口", SigningAlgorithm.SM2_SM3, now, inFiveYears);
        String expired = trustCertificateOf("C窗口", SigningAlgorithm.ECDSA_P256_SHA256,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));

        List<EncryptionRecipient> recipients = services.keys().recipients(PackageStations.only(Role.CLERK));

        assertThat(recipients).containsExactly(
                new EncryptionRecipient("南宁职业技能评价中心", "A窗口", p256, Optional.empty()),
                new EncryptionRecipient("南宁职业技能评价中心", "B窗口", sm2, Optional.of(RecipientRefusal.SM2_KEY)),
                new EncryptionRecipient("南宁职业技能评价中心", "C窗口", expired, Optional.of(RecipientRefusal.EXPIRED)));
    }

    @Test
    void everyoneWhoExportsReadsTheRecipientsButAnAdministratorAloneDoesNot() throws Exception {
        try (Services other = PackageStations.withKey(elsewhere)) {
            services.keys().trust(admin, Files.writeString(elsewhere.resolve("other.pem"),
                    other.keys().exportPem(PackageStations.admin(other))));
        }

        for (Role exporter : List.of(Role.CLERK, Role.REVIEWER, Role.SUPERVISOR)) {
            assertThat(services.keys().recipients(PackageStations.only(exporter))).as(exporter.name())
                    .extracting(EncryptionRecipient::station).containsExactly(TestStation.STATION.stationName());
        }
        assertThatThrownBy(() -> services.keys().recipients(PackageStations.only(Role.ADMIN)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("packages.key.recipientsNotAllowed"));
    }
}
