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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
        Path out = Files.createDirectories(work.resolve("out"));

        long sha = median(() -> sha256sum(scans));
        Path[] written = new Path[1];
        long export = median(() -> written[0] = writer.write(content, station, ExportTarget.plain(out), ExportMonitor.NONE));
        resetPeaks();
        long verify = median(() -> requireValid(verifier.verify(written[0])));
        long verifyPeak = peakHeap();

        System.out.printf(Locale.ROOT, "scan bytes        %d (%d pages of %d bytes)%n", (long) PAGES * PAGE_SIZE, PAGES, PAGE_SIZE);
        System.out.printf(Locale.ROOT, "package bytes     %d%n", Files.size(written[0]));
        System.out.printf(Locale.ROOT, "sha256sum         %7.1f ms%n", sha / 1e6);
        System.out.printf(Locale.ROOT, "export            %7.1f ms  ratio %.2f (goal < 1.5)%n", export / 1e6, (double) export / sha);
        System.out.printf(Locale.ROOT, "verify            %7.1f ms  ratio %.2f (goal < 1.3)%n", verify / 1e6, (double) verify / sha);
        System.out.printf(Locale.ROOT, "peak heap (verify rounds) %.1f MB, max heap %.0f MB%n", verifyPeak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        deleteTree(work);
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

    private static void sha256sum(List<Path> scans) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        scans.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("sha256sum failed");
        }
    }

    private static void requireValid(VerificationReport report) {
        if (!report.isValid()) {
            throw new IllegalStateException("benchmark package does not verify: " + report.findings());
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static long median(Step step) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            step.run();
        }
        long[] times = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            step.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
