package cn.bizhao.persistence.file;

import java.io.IOException;
import java.io.InputStream;

/** A stored file read one piece at a time: never more than one piece in memory. */
final class PieceStream extends InputStream {
    /** Pieces of 256 KB: a few round trips for a scan, little memory. */
    static final int PIECE = 256 * 1024;

    interface Pieces {
        byte[] read(long offset, int length);
    }

    private final long size;
    private final Pieces pieces;
    private long offset;
    private byte[] piece = new byte[0];
    private int position;

    PieceStream(long size, Pieces pieces) {
        this.size = size;
        this.pieces = pieces;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return piece[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, piece.length - position);
        System.arraycopy(piece, position, buffer, from, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return piece.length - position;
    }

    private boolean fill() throws IOException {
        if (position < piece.length) {
            return true;
        }
        if (offset >= size) {
            return false;
        }
        int length = (int) Math.min(PIECE, size - offset);
        byte[] next = pieces.read(offset, length);
        if (next == null || next.length == 0) {
            throw new IOException("stored file ended after " + offset + " of " + size + " bytes");
        }
        piece = next;
        position = 0;
        offset += next.length;
        return true;
    }
}
