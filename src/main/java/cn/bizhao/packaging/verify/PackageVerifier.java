package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.StationCredentials;
import cn.bizhao.packaging.crypt.DecryptionException;
import cn.bizhao.packaging.crypt.PlainPackage;
import cn.bizhao.packaging.zip.SafeZip;
import cn.bizhao.packaging.zip.UnsafeZipException;
import cn.bizhao.packaging.zip.ZipLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a package with nothing but a trust list: no database, no station settings, so the
 * regional department runs the same checks with {@code bizhao verify --trust}. Every check runs
 * and every problem is reported, rather than stopping at the first, so that one report says
 * all that is wrong with a package.
 */
public final class PackageVerifier {
    private final SignatureCheck signatureCheck;
    private final ZipLimits limits;

    public PackageVerifier(TrustAnchors trust, Clock clock, ZipLimits limits) {
        this.signatureCheck = new SignatureCheck(trust, clock);
        this.limits = limits;
    }

    public PackageVerifier(List<X509Certificate> trusted) {
        this(new TrustAnchors(trusted), Clock.systemUTC(), ZipLimits.DEFAULT);
    }

    /** Verifies a plain package. */
    public VerificationReport verify(Path file) {
        return verify(file, Optional.empty());
    }

    /** Verifies a package, plain or encrypted for the station whose key is given. */
    public VerificationReport verify(Path file, Optional<StationCredentials> station) {
        ReportBuilder report = new ReportBuilder(file.toString());
        try (PlainPackage plain = PlainPackage.open(file, station)) {
            check(plain.zip(), report);
        } catch (DecryptionException e) {
            report.add(FindingCodes.of(e.problem()), "", e.problem().name());
        } catch (IOException e) {
            report.add(FindingCode.NOT_A_PACKAGE, "", e.getClass().getSimpleName());
        }
        return report.build();
    }

    /** Verifies a package already made plain, as the importer does before it extracts the same file. */
    public VerificationReport verify(PlainPackage plain) {
        ReportBuilder report = new ReportBuilder(plain.original().toString());
        try {
            check(plain.zip(), report);
        } catch (IOException e) {
            report.add(FindingCode.NOT_A_PACKAGE, "", e.getClass().getSimpleName());
        }
        return report.build();
    }

    private void check(Path zipFile, ReportBuilder report) throws IOException {
        try (SafeZip zip = SafeZip.open(zipFile, limits)) {
            new BagContentsReader().read(zip, report).ifPresent(bag -> checkBag(bag, report));
        } catch (UnsafeZipException e) {
            report.add(FindingCodes.of(e.refusal()), e.entryName(), e.refusal().name());
        }
    }

    private void checkBag(BagContents bag, ReportBuilder report) {
        StructureCheck.check(bag, report);
        BagInfoCheck.check(bag, report);
        ManifestCheck.check(bag, report);
        Optional<X509Certificate> signer = signatureCheck.check(bag, report);
        FormCheck.check(bag, signer, report);
        ApplicationCheck.check(bag, report);
        ReviewCheck.check(bag, report.packageType(), report);
        DecisionCheck.check(bag, report.packageType(), report);
    }
}
