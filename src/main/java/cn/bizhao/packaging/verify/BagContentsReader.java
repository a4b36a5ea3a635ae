package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.verify.BagContents.FileFacts;
import cn.bizhao.packaging.zip.SafeZip;
import cn.bizhao.packaging.zip.ZipEntryInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every entry of a package once, hashing as it streams; only the small files the checks
 * parse are kept in memory, each under a cap, so memory stays flat whatever the scans weigh.
 */
final class BagContentsReader {
    private static final int BUFFER = 1 << 16;
    private static final long MAX_KEPT = 64L << 20;
    private static final Set<String> KEPT = Set.of(PackageLayout.BAGIT, PackageLayout.BAG_INFO, PackageLayout.MANIFEST,
            PackageLayout.TAG_MANIFEST, PackageLayout.SIGNATURE, PackageLayout.APPLICATION_JSON,
            PackageLayout.REVIEW_JSON, PackageLayout.REGISTRATION_FORM, PackageLayout.DECISION_JSON,
            PackageLayout.REVOCATION_JSON);

    private final byte[] buffer = new byte[BUFFER];

    /** Empty when the entries do not sit in exactly one top-level folder (reported then). */
    Optional<BagContents> read(SafeZip zip, ReportBuilder report) throws IOException {
        Optional<String> folder = singleFolder(zip, report);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Map<String, FileFacts> files = new LinkedHashMap<>();
        Map<String, byte[]> kept = new LinkedHashMap<>();
        for (ZipEntryInfo entry : zip.entries()) {
            if (entry.isDirectory()) {
                continue;
            }
            String path = entry.name().substring(folder.get().length() + 1);
            boolean keep = KEPT.contains(path) && entry.size() <= MAX_KEPT;
            ByteArrayOutputStream copy = keep ? new ByteArrayOutputStream((int) entry.size()) : null;
            try (InputStream in = zip.open(entry)) {
                files.put(path, digest(in, copy));
            } catch (IOException e) {
                report.add(FindingCode.UNREADABLE_ENTRY, path, e.getClass().getSimpleName());
                continue;
            }
            if (keep) {
                kept.put(path, copy.toByteArray());
            }
        }
        return Optional.of(new BagContents(folder.get(), files, kept));
    }

    private static Optional<String> singleFolder(SafeZip zip, ReportBuilder report) {
        String folder = null;
        for (ZipEntryInfo entry : zip.entries()) {
            int slash = entry.name().indexOf('/');
            String top = slash < 0 ? "" : entry.name().substring(0, slash);
            if (top.isEmpty() || (folder != null && !folder.equals(top))) {
                report.add(FindingCode.NOT_ONE_FOLDER, entry.name());
                return Optional.empty();
            }
            folder = top;
        }
        if (folder == null) {
            report.add(FindingCode.NOT_A_PACKAGE, "");
        }
        return Optional.ofNullable(folder);
    }

    private FileFacts digest(InputStream in, OutputStream copy) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            if (copy != null) {
                copy.write(buffer, 0, n);
            }
            size += n;
        }
        return new FileFacts(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
