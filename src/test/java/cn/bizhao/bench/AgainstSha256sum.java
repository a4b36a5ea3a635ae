package cn.bizhao.bench;

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
import java.util.stream.Stream;

/**
 * The timing harness of the package benchmarks: a step against {@code sha256sum} over the same
 * files, in the same process run. Each round runs {@code sha256sum} and then the step, so that
 * both see the same machine: on a shared 2-core machine the load changes from second to second,
 * and timing one side first and the other afterwards would compare two different machines.
 * Warm-up rounds come first and are not counted.
 */
final class AgainstSha256sum {
    private final List<Path> files;
    private final int warmUp;
    private final int rounds;

    AgainstSha256sum(List<Path> files, int warmUp, int rounds) {
        this.files = List.copyOf(files);
        this.warmUp = warmUp;
        this.rounds = rounds;
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** The step's and sha256sum's times, round by round. */
    record Timings(long[] step, long[] sha256sum) {
        double medianMs() {
            return median(step) / 1e6;
        }

        double sha256sumMedianMs() {
            return median(sha256sum) / 1e6;
        }

        /** The step's time over sha256sum's in each round. */
        double[] ratios() {
            double[] ratios = new double[step.length];
            for (int i = 0; i < step.length; i++) {
                ratios[i] = (double) step[i] / sha256sum[i];
            }
            Arrays.sort(ratios);
            return ratios;
        }

        /** {@code export  95.1 ms (90.2-120.4)  sha256sum 63.0 ms (60.1-70.2)  ratio 1.42 (1.30-1.75), goal < 1.5}. */
        String line(String name, double goal) {
            double[] ratios = ratios();
            return String.format(Locale.ROOT, "%-8s %7.1f ms (%.1f-%.1f)  sha256sum %6.1f ms (%.1f-%.1f)  "
                            + "ratio %.2f (%.2f-%.2f), goal < %.1f", name, medianMs(), min(step) / 1e6, max(step) / 1e6,
                    sha256sumMedianMs(), min(sha256sum) / 1e6, max(sha256sum) / 1e6, ratios[ratios.length / 2],
                    ratios[0], ratios[ratios.length - 1], goal);
        }
    }

    Timings time(Step step) throws Exception {
        return time(() -> { }, step);
    }

    /** As {@link #time(Step)}, with {@code untimed} run before each round (a fresh output folder, say). */
    Timings time(Step untimed, Step step) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            untimed.run();
            sha256sum();
            step.run();
        }
        long[] stepTimes = new long[rounds];
        long[] shaTimes = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            untimed.run();
            shaTimes[i] = timed(this::sha256sum);
            stepTimes[i] = timed(step);
        }
        return new Timings(stepTimes, shaTimes);
    }

    private static long timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }

    private void sha256sum() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        files.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("sha256sum failed");
        }
    }

    /**
     * A new empty output folder for each round, the previous round's removed before it: a
     * package is normally exported where none exists yet. Writing over an existing package costs
     * more on ext4, which forces the new file's data out when a rename replaces a file.
     */
    static final class FreshFolders {
        private final Path parent;
        private Path current;
        private int made;

        FreshFolders(Path parent) {
            this.parent = parent;
        }

        void next() throws IOException {
            if (current != null) {
                deleteTree(current);
            }
            current = Files.createDirectories(parent.resolve("round-" + made++));
        }

        Path current() {
            return current;
        }
    }

    /** Starts counting peak heap use afresh, after a collection. */
    static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The heap pools' peaks added up since {@link #resetPeakHeap}: an upper bound, since the
     * pools peak at different moments (it can exceed the maximum heap for that reason).
     */
    static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
    }

    /** Heap in use after a full collection: what the process keeps. */
    static double liveHeapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
    }

    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1e6;
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] times) {
        return Arrays.stream(times).min().orElseThrow();
    }

    private static long max(long[] times) {
        return Arrays.stream(times).max().orElseThrow();
    }
}
