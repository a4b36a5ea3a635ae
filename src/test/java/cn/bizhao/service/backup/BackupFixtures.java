package cn.bizhao.service.backup;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.Page;
import cn.bizhao.security.signing.CertificateFingerprint;
import cn.bizhao.security.signing.CertificatePem;
import cn.bizhao.security.signing.SigningAlgorithm;
import cn.bizhao.security.signing.StationIdentity;
import cn.bizhao.security.signing.StationKeyFactory;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.PackageStations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.stream.Stream;

/** A station worth backing up: a signing key, an accepted application with its pages, a trusted certificate. */
final class BackupFixtures {
    static final String PASSPHRASE = "bei fen kou ling 2024";

    private BackupFixtures() {
    }

    /** What the station holds, to be found again after a restore. */
    record Station(Application application, Page page, byte[] pageBytes, String trustedFingerprint) {
    }

    static Station fill(Services services, Path scratch) {
        Application application = PackageStations.accepted(services);
        Page page = application.materials().get(0).pages().get(0);
        return new Station(application, page, services.intake().content(page.sha256()), trust(services, scratch));
    }

    /** Trusts another station's certificate, handed over as a PEM file. */
    private static String trust(Services services, Path scratch) {
        Instant now = Instant.now();
        X509Certificate certificate = new StationKeyFactory().create(new StationIdentity("南宁职业技能评价中心", "B窗口"),
                SigningAlgorithm.ECDSA_P256_SHA256, now, now.plus(StationKeyFactory.DEFAULT_VALIDITY), 1).certificate();
        try {
            Path pem = Files.writeString(scratch.resolve("other-station.pem"), CertificatePem.toPem(certificate));
            services.keys().trust(PackageStations.admin(services), pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CertificateFingerprint.of(certificate).forReading();
    }

    /** The one backup folder made inside {@code stick}. */
    static Path onlyBackupIn(Path stick) {
        try (Stream<Path> entries = Files.list(stick)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("bizhao-backup-")).reduce((a, b) -> {
                throw new IllegalStateException("more than one backup in " + stick);
            }).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under the folder. */
    static java.util.List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inverts one byte in the middle of the file; doing it twice restores the file. */
    static void flipByte(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= (byte) 0xFF;
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        for (Path file : filesUnder(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            try {
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
