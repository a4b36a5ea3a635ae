package cn.bizhao.service.packages;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.packaging.StationCredentials;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.station.StationSettingMapper;
import cn.bizhao.security.signing.CertificateFingerprint;
import cn.bizhao.security.signing.CertificatePem;
import cn.bizhao.security.signing.SigningAlgorithm;
import cn.bizhao.security.signing.StationIdentity;
import cn.bizhao.security.signing.StationKey;
import cn.bizhao.security.signing.StationKeyFactory;
import cn.bizhao.security.signing.StationKeyStore;
import cn.bizhao.security.trust.TrustList;
import cn.bizhao.security.trust.TrustedCertificate;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.service.station.StationService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The station's signing key and the trust list: administrator's work; whoever exports may read
 * the trust list as encryption recipients. The key file is encrypted
 * with a random passphrase kept in the encrypted database, so exports need nobody to type it and
 * the key file alone (a copied {@code keys/station} folder) is useless without the database and
 * its boot key. The passphrase and the key are never logged.
 */
public final class KeyService {
    static final String PASSPHRASE = "station.key.passphrase";
    private static final int PASSPHRASE_BYTES = 32;

    private final Transactions transactions;
    private final StationKeyStore keys;
    private final TrustList trust;
    private final StationService station;
    private final AuditTrail audit;
    private final SecureRandom random;
    private final Clock clock;
    /** The unlocked key of this session: unlocking costs PBKDF2's 600,000 rounds each time. */
    private volatile StationCredentials unlocked;

    public KeyService(Transactions transactions, Path keyFolder, Path trustFolder, StationService station,
                      AuditTrail audit, SecureRandom random, Clock clock) {
        this.transactions = transactions;
        this.keys = new StationKeyStore(keyFolder, new StationKeyFactory());
        this.trust = new TrustList(trustFolder);
        this.station = station;
        this.audit = audit;
        this.random = random;
        this.clock = clock;
    }

    public boolean hasKey() {
        return io(keys::hasKey);
    }

    /** The station's first key, with a certificate naming the institution and the station. */
    public StationCertificate create(User administrator, KeyAlgorithm algorithm) {
        requireAdministrator(administrator);
        if (hasKey()) {
            throw new DomainException("packages.key.exists");
        }
        return newGeneration(administrator, algorithm, "created");
    }

    /**
     * A new key that signs from now on; the old certificates stay, so packages signed before
     * still verify wherever they are trusted.
     */
    public StationCertificate renew(User administrator, KeyAlgorithm algorithm) {
        requireAdministrator(administrator);
        if (!hasKey()) {
            throw new DomainException("security.key.none");
        }
        return newGeneration(administrator, algorithm, "renewed");
    }

    private StationCertificate newGeneration(User administrator, KeyAlgorithm algorithm, String what) {
        StationInfo info = station.info().orElseThrow(() -> new DomainException("packages.key.noStation"));
        StationIdentity identity = new StationIdentity(info.institutionName(), info.stationName());
        // the passphrase is committed before the key file exists, so no key is ever left without it
        char[] passphrase = transactions.inTransaction(this::passphrase);
        StationKey key = io(() -> keys.create(identity, SigningAlgorithm.valueOf(algorithm.name()),
                StationKeyFactory.DEFAULT_VALIDITY, passphrase));
        unlocked = null;
        audit.record(administrator.login(), AuditAction.SETTINGS_CHANGED, null,
                String.format(Locale.ROOT, "station key %s: generation %d %s %s", what, key.generation(), algorithm,
                        CertificateFingerprint.of(key.certificate()).hex()));
        return describe(key.certificate(), true);
    }

    /** The passphrase of the key files, made on first use and kept in the encrypted database. */
    private char[] passphrase(UnitOfWork uow) {
        StationSettingMapper settings = uow.mapper(StationSettingMapper.class);
        String stored = settings.find(PASSPHRASE);
        if (stored == null) {
            byte[] bytes = new byte[PASSPHRASE_BYTES];
            random.nextBytes(bytes);
            stored = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            settings.insert(PASSPHRASE, stored);
        }
        return stored.toCharArray();
    }

    /** The current certificate as PEM, to hand to the department and to other stations. */
    public String exportPem(User administrator) {
        requireAdministrator(administrator);
        return CertificatePem.toPem(io(keys::currentCertificate));
    }

    /** The current certificate, for the screens that show who signs. */
    public StationCertificate current() {
        return describe(io(keys::currentCertificate), true);
    }

    /** Every certificate this station has had, newest (the current one) first. */
    public List<StationCertificate> history(User administrator) {
        requireAdministrator(administrator);
        List<X509Certificate> all = io(keys::certificates);
        List<StationCertificate> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            shown.add(describe(all.get(i), i == 0));
        }
        return shown;
    }

    /** Imports the certificates of a PEM file (another station's, the department's) into the trust list. */
    public List<StationCertificate> trust(User administrator, Path pemFile) {
        requireAdministrator(administrator);
        List<TrustedCertificate> added = io(() -> trust.importPem(pemFile));
        added.forEach(t -> audit.record(administrator.login(), AuditAction.SETTINGS_CHANGED, null,
                "trusted " + t.fingerprint().hex() + " " + t.subject()));
        return added.stream().map(t -> describe(t.certificate(), false)).toList();
    }

    public List<StationCertificate> trusted(User administrator) {
        requireAdministrator(administrator);
        return io(trust::list).stream().map(t -> describe(t.certificate(), false)).toList();
    }

    /**
     * The trust list as encryption recipients, for anyone who may export packages: each certificate
     * with its holder and fingerprint, and the reason when it cannot be one (an SM2 key, an
     * expired certificate), so the screen can say why a station is not offered.
     */
    public List<EncryptionRecipient> recipients(User exporter) {
        if (Arrays.stream(ExportKind.values()).noneMatch(kind -> kind.allowedFor(exporter.roles()))) {
            throw new DomainException("packages.key.recipientsNotAllowed");
        }
        return io(trust::list).stream().map(t -> EncryptionRecipient.of(t.certificate(), clock.instant())).toList();
    }

    /** Removes a certificate from the trust list by its fingerprint (spaces and case do not matter). */
    public boolean distrust(User administrator, String fingerprint) {
        requireAdministrator(administrator);
        CertificateFingerprint parsed = parseFingerprint(fingerprint);
        boolean removed = io(() -> trust.remove(parsed));
        if (removed) {
            audit.record(administrator.login(), AuditAction.SETTINGS_CHANGED, null, "distrusted " + parsed.hex());
        }
        return removed;
    }

    /** The unlocked key that signs packages and opens packages encrypted for this station. */
    public StationCredentials credentials() {
        StationCredentials key = unlocked;
        if (key == null) {
            char[] passphrase = transactions.inTransaction(this::passphrase);
            StationKey current = io(() -> keys.current(passphrase));
            key = new StationCredentials(current.privateKey(), current.certificate());
            unlocked = key;
        }
        return key;
    }

    Optional<StationCredentials> credentialsIfAny() {
        return hasKey() ? Optional.of(credentials()) : Optional.empty();
    }

    /** What this station accepts as signers: the trust list and its own certificates, old ones included. */
    List<X509Certificate> anchors() {
        List<X509Certificate> all = new ArrayList<>(io(trust::certificates));
        all.addAll(io(keys::certificates));
        return all;
    }

    /**
     * An encryption recipient: a PEM file, or the fingerprint of a certificate in the trust list;
     * refused, with the reason, when it cannot be one (the same rules as {@link #recipients}).
     */
    X509Certificate recipient(String fileOrFingerprint) {
        X509Certificate certificate = recipientCertificate(fileOrFingerprint);
        EncryptionRecipient.of(certificate, clock.instant()).refusal().ifPresent(refusal -> {
            throw new DomainException("packages.key.recipientRefused", fileOrFingerprint, refusal);
        });
        return certificate;
    }

    private X509Certificate recipientCertificate(String fileOrFingerprint) {
        Path file = Path.of(fileOrFingerprint);
        if (Files.isRegularFile(file)) {
            return io(() -> CertificatePem.read(file)).get(0);
        }
        CertificateFingerprint wanted = parseFingerprint(fileOrFingerprint);
        return io(trust::certificates).stream()
                .filter(c -> CertificateFingerprint.of(c).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new DomainException("packages.key.recipientUnknown", fileOrFingerprint));
    }

    private static CertificateFingerprint parseFingerprint(String text) {
        String hex = text == null ? "" : text.replaceAll("[\\s:]", "");
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new DomainException("packages.key.badFingerprint", String.valueOf(text));
        }
        return new CertificateFingerprint(hex);
    }

    private static StationCertificate describe(X509Certificate certificate, boolean current) {
        return new StationCertificate(certificate.getSubjectX500Principal().getName(),
                CertificateFingerprint.of(certificate).forReading(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), current, algorithmOf(certificate));
    }

    /** By the signature's OID: the JDK names SM3withSM2 by its OID only. */
    private static Optional<KeyAlgorithm> algorithmOf(X509Certificate certificate) {
        return switch (certificate.getSigAlgOID()) {
            case "1.2.840.10045.4.3.2" -> Optional.of(KeyAlgorithm.ECDSA_P256_SHA256);
            case "1.2.156.10197.1.501" -> Optional.of(KeyAlgorithm.SM2_SM3);
            case "1.2.840.113549.1.1.11" -> Optional.of(KeyAlgorithm.RSA_3072_SHA256);
            default -> Optional.empty();
        };
    }

    private static void requireAdministrator(User user) {
        if (!user.has(Role.ADMIN)) {
            throw new DomainException("error.permission.adminOnly");
        }
    }

    @FunctionalInterface
    private interface IoWork<T> {
        T get() throws IOException;
    }

    private static <T> T io(IoWork<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
