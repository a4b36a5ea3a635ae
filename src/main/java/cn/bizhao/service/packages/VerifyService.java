package cn.bizhao.service.packages;

import cn.bizhao.i18n.Messages;
import cn.bizhao.packaging.StationCredentials;
import cn.bizhao.packaging.verify.PackageVerifier;
import cn.bizhao.packaging.verify.ReportJson;
import cn.bizhao.security.trust.TrustList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 校验报送包: every check of the format, against a trust list. {@link #withTrust} needs no
 * database and no station, so the regional department runs it with only the stations'
 * certificates; at a station the trust list and the station's own certificates are used, and
 * packages encrypted for the station are opened with its key.
 */
public final class VerifyService {
    private final Supplier<List<X509Certificate>> trust;
    private final Supplier<Optional<StationCredentials>> station;

    VerifyService(Supplier<List<X509Certificate>> trust, Supplier<Optional<StationCredentials>> station) {
        this.trust = trust;
        this.station = station;
    }

    /** At a station: its trust list and its own certificates. */
    public static VerifyService forStation(KeyService keys) {
        return new VerifyService(keys::anchors, keys::credentialsIfAny);
    }

    /** Anywhere: the certificates of a PEM file, or of every {@code .pem} file in a folder. */
    public static VerifyService withTrust(Path fileOrFolder) {
        try {
            List<X509Certificate> certificates = TrustList.readAll(fileOrFolder);
            return new VerifyService(() -> certificates, Optional::empty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PackageCheck verify(Path file) {
        return new PackageCheck(new PackageVerifier(trust.get()).verify(file, station.get()));
    }

    public List<PackageCheck> verify(List<Path> files) {
        PackageVerifier verifier = new PackageVerifier(trust.get());
        Optional<StationCredentials> key = station.get();
        return files.stream().map(f -> new PackageCheck(verifier.verify(f, key))).toList();
    }

    /** The checks as JSON ({@code bizhao verify --format json}), messages in the chosen language. */
    public static void writeJson(List<PackageCheck> checks, Messages messages, OutputStream out) throws IOException {
        ReportJson.write(checks.stream().map(PackageCheck::report).toList(), messages, out);
    }
}
