package cn.bizhao.bench;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.ExportProgress;
import cn.bizhao.service.packages.ExportRequest;
import cn.bizhao.service.packages.PackageCheck;
import cn.bizhao.service.packages.PackageStations;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Export and verify through the real service path (encrypted Derby, file store, form rendering,
 * signing, batch list) for an application with 20 MB of scans, against {@code sha256sum} over the
 * same scan bytes in the same run; then the same with 80 MB to show that peak heap does not grow
 * with the package. Run with -Xmx128m (command in src/docs/package-format-1.md, class name changed).
 */
public final class PackageServiceBenchmark {
    private static final int PAGE_SIZE = 512 * 1024;
    private static final int WARM_UP = 2;
    private static final int ROUNDS = 5;

    private PackageServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (int pages : new int[] {40, 160}) {
            run(pages);
        }
    }

    private static void run(int pages) throws Exception {
        Path work = Files.createTempDirectory("bizhao-service-bench-");
        try (Services services = PackageStations.withKey(work.resolve("home"))) {
            User admin = PackageStations.admin(services);
            Random random = new Random(pages);
            Application application = PackageStations.accepted(services, pages, i -> {
                byte[] scan = new byte[PAGE_SIZE];
                random.nextBytes(scan);
                return scan;
            });
            Path scanFiles = Files.createDirectories(work.resolve("scans"));
            List<Path> files = new ArrayList<>();
            for (Page page : application.materials().stream().flatMap(m -> m.pages().stream()).toList()) {
                files.add(Files.write(scanFiles.resolve(page.id() + ".jpg"), services.intake().content(page.sha256())));
            }
            Path out = Files.createDirectories(work.resolve("out"));
            ExportRequest request = new ExportRequest(ExportKind.REVIEW, List.of(application.id()), out, Optional.empty());
            services.keys().current();

            long sha = median(() -> sha256sum(files));
            Path[] written = new Path[1];
            resetPeaks();
            long export = median(() -> written[0] = services.exports().export(admin, request, ExportProgress.NONE)
                    .packages().get(0).file());
            long exportPeak = peakHeap();
            long form = median(() -> services.documents().registrationForm(application.id()));
            resetPeaks();
            long verify = median(() -> requireValid(services.verifier().verify(written[0])));
            long verifyPeak = peakHeap();

            long scanBytes = files.stream().mapToLong(PackageServiceBenchmark::size).sum();
            System.out.printf(Locale.ROOT, "%n== %d pages, %.1f MB of scans, package %.1f MB ==%n", pages, scanBytes / 1e6,
                    size(written[0]) / 1e6);
            System.out.printf(Locale.ROOT, "sha256sum (same scan bytes)  %7.1f ms%n", sha / 1e6);
            System.out.printf(Locale.ROOT, "export via ExportService     %7.1f ms  ratio %.2f (goal < 1.5); of which form rendering %.1f ms%n",
                    export / 1e6, (double) export / sha, form / 1e6);
            System.out.printf(Locale.ROOT, "verify via VerifyService     %7.1f ms  ratio %.2f (goal < 1.3)%n", verify / 1e6,
                    (double) verify / sha);
            System.out.printf(Locale.ROOT, "peak heap: export %.1f MB, verify %.1f MB (max heap %.0f MB)%n", exportPeak / 1e6,
                    verifyPeak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            deleteTree(work);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sha256sum(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        files.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("sha256sum failed");
        }
    }

    private static void requireValid(PackageCheck check) {
        if (!check.valid()) {
            throw new IllegalStateException("benchmark package does not verify: " + check.problems());
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
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
