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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Export and verify through the real service path (encrypted Derby, file store, form rendering,
 * signing, batch list, status change and audit) for an application with 20 MB of scans, against
 * {@code sha256sum} over the same scan bytes in the same run; then the same with 80 MB to show
 * that peak heap does not grow with the package. Run with -Xmx128m (command in
 * src/docs/package-format-1.md section 10). Each export round writes into a new folder, as an
 * export normally does; the line "again" exports over the package of the round before.
 */
public final class PackageServiceBenchmark {
    private static final int PAGE_SIZE = 512 * 1024;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 9;

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
            List<Path> files = scanFiles(services, application, Files.createDirectories(work.resolve("scans")));
            AgainstSha256sum.FreshFolders folders = new AgainstSha256sum.FreshFolders(work.resolve("out"));
            AgainstSha256sum harness = new AgainstSha256sum(files, WARM_UP, ROUNDS);
            Path[] written = new Path[1];
            AgainstSha256sum.Step export = () -> written[0] = services.exports().export(admin, new ExportRequest(
                    ExportKind.REVIEW, List.of(application.id()), folders.current(), Optional.empty()),
                    ExportProgress.NONE).packages().get(0).file();

            folders.next();
            long start = System.nanoTime();
            export.run();
            double firstMs = (System.nanoTime() - start) / 1e6;
            AgainstSha256sum.resetPeakHeap();
            AgainstSha256sum.Timings exports = harness.time(folders::next, export);
            double exportPeak = AgainstSha256sum.peakHeapMb();
            AgainstSha256sum.Timings reexports = harness.time(export);
            AgainstSha256sum.resetPeakHeap();
            AgainstSha256sum.Timings verifies = harness.time(() -> requireValid(services.verifier().verify(written[0])));
            double verifyPeak = AgainstSha256sum.peakHeapMb();

            long scanBytes = files.stream().mapToLong(AgainstSha256sum::size).sum();
            System.out.printf(Locale.ROOT, "%n== %d pages, %.1f MB of scans, package %.1f MB, %d rounds after %d warm-up ==%n",
                    pages, scanBytes / 1e6, AgainstSha256sum.size(written[0]) / 1e6, ROUNDS, WARM_UP);
            System.out.println(exports.line("export", 1.5));
            System.out.println(reexports.line("again", 1.5) + "  (export over the same package)");
            System.out.println(verifies.line("verify", 1.3));
            System.out.printf(Locale.ROOT, "first export of this station %.1f ms (unlocks the station key; the first run also loads fonts and classes)%n",
                    firstMs);
            System.out.printf(Locale.ROOT, "heap: peak during export <= %.1f MB, during verify <= %.1f MB, live after "
                    + "GC %.1f MB (max heap %.0f MB)%n", exportPeak, verifyPeak, AgainstSha256sum.liveHeapMb(),
                    AgainstSha256sum.maxHeapMb());
        } finally {
            AgainstSha256sum.deleteTree(work);
        }
    }

    /** The same bytes as the stored scans, as files for sha256sum. */
    private static List<Path> scanFiles(Services services, Application application, Path folder) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Page page : application.materials().stream().flatMap(m -> m.pages().stream()).toList()) {
            files.add(Files.write(folder.resolve(page.id() + ".jpg"), services.intake().content(page.sha256())));
        }
        return files;
    }

    private static void requireValid(PackageCheck check) {
        if (!check.valid()) {
            throw new IllegalStateException("benchmark package does not verify: " + check.problems());
        }
    }
}
