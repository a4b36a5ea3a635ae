package cn.bizhao.security.trust;

import cn.bizhao.security.signing.CertificateFingerprint;
import cn.bizhao.security.signing.CertificatePem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The certificates this station trusts (other stations, the department), one PEM file each in
 * a folder, named by fingerprint so that importing the same certificate twice changes nothing.
 * A folder of PEM files is also what the department hands to {@code bizhao verify --trust}.
 * Certificates are never removed by a key renewal: only the administrator removes one.
 */
public final class TrustList {
    private static final String SUFFIX = ".pem";

    private final Path folder;

    public TrustList(Path folder) {
        this.folder = folder;
    }

    /** Imports every certificate in a PEM file. */
    public List<TrustedCertificate> importPem(Path pemFile) throws IOException {
        List<TrustedCertificate> added = new ArrayList<>();
        for (X509Certificate certificate : CertificatePem.read(pemFile)) {
            added.add(add(certificate));
        }
        return added;
    }

    public TrustedCertificate add(X509Certificate certificate) throws IOException {
        Files.createDirectories(folder);
        TrustedCertificate trusted = TrustedCertificate.of(certificate);
        Path file = fileOf(trusted.fingerprint());
        if (!Files.exists(file)) {
            CertificatePem.write(certificate, file);
        }
        return trusted;
    }

    /** The trusted certificates, ordered by subject. */
    public List<TrustedCertificate> list() throws IOException {
        return readAll(folder).stream().map(TrustedCertificate::of)
                .sorted(Comparator.comparing(TrustedCertificate::subject)).toList();
    }

    public List<X509Certificate> certificates() throws IOException {
        return readAll(folder);
    }

    /** Removes the certificate with this fingerprint; false when it was not in the list. */
    public boolean remove(CertificateFingerprint fingerprint) throws IOException {
        return Files.deleteIfExists(fileOf(fingerprint));
    }

    /**
     * The certificates of a trust source given on the command line: a PEM file, or a folder whose
     * {@code .pem} files are read (a missing folder is an empty trust list).
     */
    public static List<X509Certificate> readAll(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return Files.exists(fileOrFolder) ? CertificatePem.read(fileOrFolder) : List.of();
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                certificates.addAll(CertificatePem.read(file));
            }
        }
        return certificates;
    }

    private Path fileOf(CertificateFingerprint fingerprint) {
        return folder.resolve(fingerprint.hex() + SUFFIX);
    }
}
