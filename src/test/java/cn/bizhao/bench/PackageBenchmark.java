package cn.bizhao.bench;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.Page;
import cn.bizhao.packaging.PackageFixture;
import cn.bizhao.packaging.PackageFixture.Sample;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.StationCredentials;
import cn.bizhao.packaging.verify.PackageVerifier;
import cn.bizhao.packaging.verify.VerificationReport;
import cn.bizhao.packaging.write.ExportMonitor;
import cn.bizhao.packaging.write.ExportTarget;
import cn.bizhao.packaging.write.PackageContent;
import cn.bizhao.packaging.write.PackageWriter;
import cn.bizhao.security.signing.SigningAlgorithm;
import cn.bizhao.security.signing.StationKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Export and verify of an application with 20 MB of scans, against {@code sha256sum} over the
 * same scan files, in one run (goal: export under 1.5x, verify under 1.3x). The scans are read
 * from files, as the service layer reads them from its store. Not a unit test: run it with
 * the command in src/docs/package-format-1.md, ideally with a small heap (-Xmx128m) to show
 * that memory stays flat.
 */
public final class PackageBenchmark {
    private static final int PAGES = 40;
    private static final int PAGE_SIZE = 512 * 1024;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 9;

    private PackageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("bizhao-bench-");
        StationKey key = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        StationCredentials station = PackageFixture.credentials(key);
        List<Path> scans = writeScans(work.resolve("scans"));
        PackageContent content = contentReadingFiles(scans);
        PackageVerifier verifier = new PackageVerifier(List.of(key.certificate()));
        PackageWriter writer = new PackageWriter(Clock.systemUTC());
        AgainstSha256sum.FreshFolders out = new AgainstSha256sum.FreshFolders(work.resolve("out"));
        AgainstSha256sum harness = new AgainstSha256sum(scans, WARM_UP, ROUNDS);

        Path[] written = new Path[1];
        AgainstSha256sum.Timings export = harness.time(out::next,
                () -> written[0] = writer.write(content, station, ExportTarget.plain(out.current()), ExportMonitor.NONE));
        AgainstSha256sum.resetPeakHeap();
        AgainstSha256sum.Timings verify = harness.time(() -> requireValid(verifier.verify(written[0])));
        double verifyPeak = AgainstSha256sum.peakHeapMb();

        System.out.printf(Locale.ROOT, "scan bytes %d (%d pages of %d bytes), package bytes %d, %d rounds after %d warm-up%n",
                (long) PAGES * PAGE_SIZE, PAGES, PAGE_SIZE, Files.size(written[0]), ROUNDS, WARM_UP);
        System.out.println(export.line("export", 1.5));
        System.out.println(verify.line("verify", 1.3));
        System.out.printf(Locale.ROOT, "peak heap (verify rounds) <= %.1f MB, max heap %.0f MB%n", verifyPeak,
                AgainstSha256sum.maxHeapMb());
        AgainstSha256sum.deleteTree(work);
    }

    /** Random bytes: scans are JPEGs, which do not compress either. */
    private static List<Path> writeScans(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> scans = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            scans.add(Files.write(folder.resolve(String.format(Locale.ROOT, "%03d.jpg", i)), PackageFixture.randomBytes(PAGE_SIZE)));
        }
        return scans;
    }

    private static PackageContent contentReadingFiles(List<Path> scans) throws IOException {
        Sample sample = PackageFixture.sample();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            pages.add(new Page(i, i + 1, "image/jpeg", PackageFixture.sha256(Files.readAllBytes(scans.get(i))), PAGE_SIZE, 0));
        }
        Application base = sample.application();
        Application application = new Application(base.id(), base.acceptanceNo(), base.status(), base.applicant(),
                base.certificate(), base.photoSha256(), List.of(new Material(MaterialKind.ID_DOCUMENT, pages)), base.clerk(),
                base.createdAt(), base.acceptedAt());
        return new PackageContent(PackageType.SUBMISSION, "Benchmark Centre", application,
                () -> new ByteArrayInputStream(sample.form()), () -> new ByteArrayInputStream(sample.photo()),
                page -> Files.newInputStream(scans.get((int) page.id())));
    }

    private static void requireValid(VerificationReport report) {
        if (!report.isValid()) {
            throw new IllegalStateException("benchmark package does not verify: " + report.findings());
        }
    }
}
