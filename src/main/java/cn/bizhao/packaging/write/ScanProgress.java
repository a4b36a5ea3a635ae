package cn.bizhao.packaging.write;

/** Scan bytes written so far against the total, passed on to the monitor. */
final class ScanProgress {
    private final ExportMonitor monitor;
    private final long total;
    private long done;

    ScanProgress(ExportMonitor monitor, long total) {
        this.monitor = monitor;
        this.total = total;
    }

    /** For files that are not scans (the photo): counted nowhere. */
    static ScanProgress untracked() {
        return new ScanProgress(ExportMonitor.NONE, 0);
    }

    void add(int bytes) {
        done += bytes;
        monitor.progress(done, total);
    }
}
