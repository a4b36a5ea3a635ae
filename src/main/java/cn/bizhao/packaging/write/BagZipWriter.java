package cn.bizhao.packaging.write;

import cn.bizhao.packaging.bag.PayloadOxum;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams the files of one bag into a ZIP under its top-level folder, computing each file's
 * SHA-256 on the way, so the manifests cost no second read. Scans are stored without
 * compression: JPEG and PDF do not shrink, and deflating them would only cost time twice.
 */
final class BagZipWriter {
    private static final int BUFFER = 1 << 16;

    private final ZipOutputStream zip;
    private final String folder;
    private final ExportMonitor monitor;
    private final Map<String, String> payloadChecksums = new LinkedHashMap<>();
    private final Map<String, String> tagChecksums = new LinkedHashMap<>();
    private final byte[] buffer = new byte[BUFFER];
    private PayloadOxum oxum = new PayloadOxum(0, 0);

    BagZipWriter(OutputStream out, String folder, ExportMonitor monitor) {
        this.zip = new WideZipOutputStream(out);
        this.folder = folder;
        this.monitor = monitor;
    }

    /** A payload file streamed from {@code in}; returns its SHA-256 (hex). */
    String payload(String path, InputStream in, boolean compressible, ScanProgress progress) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        start(path, compressible);
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (monitor.isCancelled()) {
                throw new ExportCancelledException();
            }
            digest.update(buffer, 0, n);
            zip.write(buffer, 0, n);
            size += n;
            progress.add(n);
        }
        zip.closeEntry();
        return record(path, digest, size);
    }

    String payload(String path, byte[] content, boolean compressible) throws IOException {
        writeWhole(path, content, compressible);
        return record(path, digestOf(content), content.length);
    }

    /** A tag file listed in the tag manifest. */
    void tag(String path, byte[] content) throws IOException {
        writeWhole(path, content, true);
        tagChecksums.put(path, HexFormat.of().formatHex(digestOf(content).digest()));
    }

    /** The signature: a tag file the tag manifest cannot list, since it signs the tag manifest. */
    void unlistedTag(String path, byte[] content) throws IOException {
        writeWhole(path, content, false);
    }

    Map<String, String> payloadChecksums() {
        return payloadChecksums;
    }

    Map<String, String> tagChecksums() {
        return tagChecksums;
    }

    PayloadOxum oxum() {
        return oxum;
    }

    /** Writes the central directory; the underlying stream is left for the caller to finish. */
    void finish() throws IOException {
        zip.finish();
    }

    private void writeWhole(String path, byte[] content, boolean compressible) throws IOException {
        start(path, compressible);
        zip.write(content);
        zip.closeEntry();
    }

    private void start(String path, boolean compressible) throws IOException {
        zip.setLevel(compressible ? Deflater.DEFAULT_COMPRESSION : Deflater.NO_COMPRESSION);
        zip.putNextEntry(new ZipEntry(folder + "/" + path));
    }

    private String record(String path, MessageDigest digest, long size) {
        String checksum = HexFormat.of().formatHex(digest.digest());
        payloadChecksums.put(path, checksum);
        oxum = oxum.plus(size);
        return checksum;
    }

    private static MessageDigest digestOf(byte[] content) {
        MessageDigest digest = sha256();
        digest.update(content);
        return digest;
    }

    /**
     * The JDK's ZIP stream drains its deflater through a 512-byte array: even an entry stored at
     * level 0 then costs a native call and a write per 512 bytes, thousands per scan. Its
     * protected buffer is made as large as the writer's.
     */
    private static final class WideZipOutputStream extends ZipOutputStream {
        WideZipOutputStream(OutputStream out) {
            super(out);
            buf = new byte[BUFFER];
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
