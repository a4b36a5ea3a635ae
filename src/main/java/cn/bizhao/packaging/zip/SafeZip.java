package cn.bizhao.packaging.zip;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A ZIP opened for reading only after its whole central directory passed the checks of
 * {@link ZipRefusal}; each entry is then read as a stream that stops at its declared size.
 */
public final class SafeZip implements Closeable {
    private final List<ZipEntryInfo> entries;
    private final ZipFile zip;

    private SafeZip(List<ZipEntryInfo> entries, ZipFile zip) {
        this.entries = entries;
        this.zip = zip;
    }

    /** @throws UnsafeZipException when the archive breaks a rule; nothing has been read from it then */
    public static SafeZip open(Path file, ZipLimits limits) throws IOException {
        List<ZipEntryInfo> entries = CentralDirectory.read(file, limits);
        try {
            return new SafeZip(List.copyOf(entries), new ZipFile(file.toFile(), StandardCharsets.UTF_8));
        } catch (ZipException e) {
            throw new UnsafeZipException(ZipRefusal.MALFORMED, null);
        }
    }

    /** The entries in central directory order, directories included. */
    public List<ZipEntryInfo> entries() {
        return entries;
    }

    public InputStream open(ZipEntryInfo entry) throws IOException {
        ZipEntry zipEntry = zip.getEntry(entry.name());
        if (zipEntry == null) {
            throw new UnsafeZipException(ZipRefusal.MALFORMED, entry.name());
        }
        try {
            return new LimitedInputStream(zip.getInputStream(zipEntry), entry.size(), entry.name());
        } catch (ZipException e) {
            throw new UnsafeZipException(ZipRefusal.MALFORMED, entry.name());
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
