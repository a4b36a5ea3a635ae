package cn.bizhao.packaging.zip;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a ZIP's central directory itself, because the JDK hides what a safe reader must see:
 * the raw name bytes (to refuse non-UTF-8 names), the Unix mode (to refuse links), and
 * duplicate names (which {@link java.util.zip.ZipFile} silently collapses).
 */
final class CentralDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ENTRY_HEADER_SIZE = 46;
    private static final int HOST_UNIX = 3;
    private static final int FILE_TYPE_MASK = 0xF000;
    private static final int SYMLINK_TYPE = 0xA000;
    private static final int FLAG_ENCRYPTED = 1;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private CentralDirectory() {
    }

    static List<ZipEntryInfo> read(Path zip, ZipLimits limits) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            ByteBuffer end = findEnd(channel, fileSize);
            int count = Short.toUnsignedInt(end.getShort(10));
            long directorySize = Integer.toUnsignedLong(end.getInt(12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(16));
            if (end.getShort(4) != 0 || end.getShort(6) != 0 || count == 0xFFFF
                    || directoryOffset + directorySize > fileSize) {
                throw new UnsafeZipException(ZipRefusal.MALFORMED, null);
            }
            if (count > limits.maxEntries() || directorySize > Integer.MAX_VALUE) {
                throw new UnsafeZipException(ZipRefusal.TOO_LARGE, null);
            }
            ByteBuffer directory = readFully(channel, directoryOffset, (int) directorySize);
            List<ZipEntryInfo> entries = parseEntries(directory, count, limits);
            checkTotals(entries, fileSize, limits);
            return entries;
        }
    }

    private static ByteBuffer findEnd(FileChannel channel, long fileSize) throws IOException {
        if (fileSize < END_SIZE) {
            throw new UnsafeZipException(ZipRefusal.MALFORMED, null);
        }
        int tailSize = (int) Math.min(fileSize, END_SIZE + MAX_COMMENT);
        ByteBuffer tail = readFully(channel, fileSize - tailSize, tailSize);
        for (int at = tailSize - END_SIZE; at >= 0; at--) {
            if (tail.getInt(at) == END_SIGNATURE && at + END_SIZE + Short.toUnsignedInt(tail.getShort(at + 20)) == tailSize) {
                if (at >= 20 && tail.getInt(at - 20) == ZIP64_LOCATOR_SIGNATURE) {
                    throw new UnsafeZipException(ZipRefusal.MALFORMED, null);
                }
                return tail.slice(at, END_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            }
        }
        throw new UnsafeZipException(ZipRefusal.MALFORMED, null);
    }

    private static List<ZipEntryInfo> parseEntries(ByteBuffer directory, int count, ZipLimits limits) {
        List<ZipEntryInfo> entries = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        int at = 0;
        for (int i = 0; i < count; i++) {
            if (at + ENTRY_HEADER_SIZE > directory.limit() || directory.getInt(at) != ENTRY_SIGNATURE) {
                throw new UnsafeZipException(ZipRefusal.MALFORMED, null);
            }
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
            if (at + ENTRY_HEADER_SIZE + nameLength > directory.limit()) {
                throw new UnsafeZipException(ZipRefusal.MALFORMED, null);
            }
            byte[] rawName = new byte[nameLength];
            directory.get(at + ENTRY_HEADER_SIZE, rawName);
            String name = EntryName.decode(rawName);
            EntryName.check(name);
            checkEntry(directory, at, name, limits);
            if (!seen.add(EntryName.collisionKey(name))) {
                throw new UnsafeZipException(ZipRefusal.DUPLICATE_NAME, name);
            }
            entries.add(new ZipEntryInfo(name, Integer.toUnsignedLong(directory.getInt(at + 24)),
                    Integer.toUnsignedLong(directory.getInt(at + 20))));
            at += ENTRY_HEADER_SIZE + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static void checkEntry(ByteBuffer directory, int at, String name, ZipLimits limits) {
        int host = Short.toUnsignedInt(directory.getShort(at + 4)) >> 8;
        int flags = Short.toUnsignedInt(directory.getShort(at + 8));
        int method = Short.toUnsignedInt(directory.getShort(at + 10));
        long compressed = Integer.toUnsignedLong(directory.getInt(at + 20));
        long size = Integer.toUnsignedLong(directory.getInt(at + 24));
        int unixMode = directory.getInt(at + 38) >>> 16;
        if (host == HOST_UNIX && (unixMode & FILE_TYPE_MASK) == SYMLINK_TYPE) {
            throw new UnsafeZipException(ZipRefusal.LINK, name);
        }
        if ((flags & FLAG_ENCRYPTED) != 0 || (method != STORED && method != DEFLATED)
                || compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL) {
            throw new UnsafeZipException(ZipRefusal.MALFORMED, name);
        }
        if (size > limits.maxEntrySize()) {
            throw new UnsafeZipException(ZipRefusal.TOO_LARGE, name);
        }
        if (size > limits.ratioThreshold() && size > compressed * limits.maxRatio()) {
            throw new UnsafeZipException(ZipRefusal.COMPRESSION_RATIO, name);
        }
    }

    /** Overlapping entries make a small file declare a huge total: the same ratio rule, for the whole archive. */
    private static void checkTotals(List<ZipEntryInfo> entries, long fileSize, ZipLimits limits) {
        long total = entries.stream().mapToLong(ZipEntryInfo::size).sum();
        if (total > limits.maxTotalSize()) {
            throw new UnsafeZipException(ZipRefusal.TOO_LARGE, null);
        }
        if (total > limits.ratioThreshold() && total > fileSize * limits.maxRatio()) {
            throw new UnsafeZipException(ZipRefusal.COMPRESSION_RATIO, null);
        }
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new UnsafeZipException(ZipRefusal.MALFORMED, null);
            }
        }
        return buffer.flip();
    }
}
