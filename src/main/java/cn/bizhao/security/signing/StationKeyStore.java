package cn.bizhao.security.signing;

import cn.bizhao.domain.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The station's keys, one generation per creation or renewal, in one folder:
 * {@code station-0001.key.pem} (encrypted private key) and {@code station-0001.crt.pem}.
 * Renewing adds a generation and keeps the old certificates, so packages signed with an old
 * key still verify wherever that certificate is trusted; only the newest key signs.
 */
public final class StationKeyStore {
    private static final Pattern CERTIFICATE_FILE = Pattern.compile("station-(\\d{4})\\.crt\\.pem");

    private final Path folder;
    private final StationKeyFactory factory;

    public StationKeyStore(Path folder, StationKeyFactory factory) {
        this.folder = folder;
        this.factory = factory;
    }

    /** Creates the first key, or renews: a new generation that becomes the current key. */
    public StationKey create(StationIdentity identity, SigningAlgorithm algorithm, Duration validity, char[] passphrase)
            throws IOException {
        Files.createDirectories(folder);
        int generation = latestGeneration() + 1;
        StationKey key = factory.create(identity, algorithm, validity, generation);
        save(key, passphrase);
        return key;
    }

    /** Stores a key made elsewhere (by the factory with explicit dates, for instance). */
    public void save(StationKey key, char[] passphrase) throws IOException {
        Files.createDirectories(folder);
        Path keyFile = keyFile(key.generation());
        Path certificateFile = certificateFile(key.generation());
        if (Files.exists(keyFile) || Files.exists(certificateFile)) {
            throw new DomainException("security.key.generationExists", key.generation());
        }
        EncryptedKeyFile.write(key.privateKey(), passphrase, keyFile);
        CertificatePem.write(key.certificate(), certificateFile);
    }

    public boolean hasKey() throws IOException {
        return latestGeneration() > 0;
    }

    /** The key that signs from now on. */
    public StationKey current(char[] passphrase) throws IOException {
        int generation = latestGeneration();
        if (generation == 0) {
            throw new DomainException("security.key.none");
        }
        PrivateKey privateKey = EncryptedKeyFile.read(keyFile(generation), passphrase);
        return new StationKey(generation, privateKey, certificate(generation));
    }

    /** The current certificate, which needs no passphrase: it is public. */
    public X509Certificate currentCertificate() throws IOException {
        int generation = latestGeneration();
        if (generation == 0) {
            throw new DomainException("security.key.none");
        }
        return certificate(generation);
    }

    /** Every certificate this station ever had, newest first. */
    public List<X509Certificate> certificates() throws IOException {
        List<X509Certificate> all = new ArrayList<>();
        for (int generation : generations().sorted(Comparator.reverseOrder()).toList()) {
            all.add(certificate(generation));
        }
        return all;
    }

    private X509Certificate certificate(int generation) throws IOException {
        return CertificatePem.read(certificateFile(generation)).get(0);
    }

    private int latestGeneration() throws IOException {
        return generations().max(Integer::compare).orElse(0);
    }

    private Stream<Integer> generations() throws IOException {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> CERTIFICATE_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> Integer.parseInt(matcher.group(1)))
                    .toList().stream();
        }
    }

    private Path keyFile(int generation) {
        return folder.resolve(String.format(Locale.ROOT, "station-%04d.key.pem", generation));
    }

    private Path certificateFile(int generation) {
        return folder.resolve(String.format(Locale.ROOT, "station-%04d.crt.pem", generation));
    }
}
