package cn.bizhao.packaging.extract;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.StationCredentials;
import cn.bizhao.packaging.crypt.PlainPackage;
import cn.bizhao.packaging.verify.PackageVerifier;
import cn.bizhao.packaging.verify.VerificationReport;
import cn.bizhao.packaging.zip.SafeZip;
import cn.bizhao.packaging.zip.ZipEntryInfo;
import cn.bizhao.packaging.zip.ZipLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Takes a package in: verify it fully, and only then unpack it, through the same safe reader,
 * into a fresh temporary folder. A refused or failed import leaves nothing behind.
 */
public final class PackageImporter {
    private final PackageVerifier verifier;
    private final ZipLimits limits;

    public PackageImporter(PackageVerifier verifier, ZipLimits limits) {
        this.verifier = verifier;
        this.limits = limits;
    }

    /**
     * @param workFolder where the temporary extraction folder is created (the data home's temp folder)
     * @throws PackageRefusedException when verification found anything at all
     */
    public ExtractedPackage extract(Path packageFile, Optional<StationCredentials> station, Path workFolder)
            throws IOException {
        try (PlainPackage plain = PlainPackage.open(packageFile, station)) {
            VerificationReport report = verifier.verify(plain);
            if (!report.isValid()) {
                throw new PackageRefusedException(report);
            }
            return unpack(plain.zip(), report, workFolder);
        }
    }

    private ExtractedPackage unpack(Path zipFile, VerificationReport report, Path workFolder) throws IOException {
        Files.createDirectories(workFolder);
        Path root = Files.createTempDirectory(workFolder, "import-");
        try (SafeZip zip = SafeZip.open(zipFile, limits)) {
            for (ZipEntryInfo entry : zip.entries()) {
                if (!entry.isDirectory()) {
                    copy(zip, entry, root);
                }
            }
            Path bag = root.resolve(report.acceptanceNo());
            return new ExtractedPackage(bag, report, sha256(bag.resolve(PackageLayout.TAG_MANIFEST)));
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(root);
            throw e;
        }
    }

    /** The names passed the safe reader's checks; the resolved path is checked again as a second lock. */
    private static void copy(SafeZip zip, ZipEntryInfo entry, Path root) throws IOException {
        Path target = root.resolve(entry.name()).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalStateException("entry escapes the extraction folder: " + entry.name());
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.open(entry)) {
            Files.copy(in, target);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
