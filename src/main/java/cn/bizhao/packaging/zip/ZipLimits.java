package cn.bizhao.packaging.zip;

/**
 * What the safe reader accepts. The defaults are far above any real package (an application
 * is tens of megabytes of scans) and far below what would hurt a 4 GB counter PC.
 *
 * @param maxEntries       entries in the archive
 * @param maxEntrySize     inflated bytes of one entry
 * @param maxTotalSize     inflated bytes of all entries
 * @param maxRatio         inflated / compressed bytes of an entry, checked above {@code ratioThreshold}
 * @param ratioThreshold   entries smaller than this are never refused for their ratio (text compresses well)
 */
public record ZipLimits(int maxEntries, long maxEntrySize, long maxTotalSize, int maxRatio, long ratioThreshold) {
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 512L << 20, 2L << 30, 100, 1L << 20);
}
