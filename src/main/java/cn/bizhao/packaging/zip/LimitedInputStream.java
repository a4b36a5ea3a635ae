package cn.bizhao.packaging.zip;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses an entry that inflates to more bytes than its central directory declared. */
final class LimitedInputStream extends FilterInputStream {
    private final String entryName;
    private long remaining;

    LimitedInputStream(InputStream in, long limit, String entryName) {
        super(in);
        this.remaining = limit;
        this.entryName = entryName;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        remaining -= n;
        if (remaining < 0) {
            throw new UnsafeZipException(ZipRefusal.COMPRESSION_RATIO, entryName);
        }
    }
}
