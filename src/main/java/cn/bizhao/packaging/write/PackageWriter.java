package cn.bizhao.packaging.write;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.review.CertificateVerification;
import cn.bizhao.domain.review.Review;
import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.StationCredentials;
import cn.bizhao.packaging.bag.BagDeclaration;
import cn.bizhao.packaging.bag.BagInfo;
import cn.bizhao.packaging.bag.Manifest;
import cn.bizhao.packaging.crypt.PackageEncryption;
import cn.bizhao.packaging.json.ApplicationJson;
import cn.bizhao.packaging.json.ReviewJson;
import cn.bizhao.packaging.sign.CmsSigner;
import cn.bizhao.packaging.sign.PadesSigner;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Writes one package of format 1 (DESIGN.md section 6, src/docs/package-format-1.md) into a
 * temporary file beside the target, then renames it into place: a cancelled or failed export
 * leaves no file at all, and a reader never sees a half-written package.
 */
public final class PackageWriter {
    /** Guangxi's calendar day names the Bagging-Date, whatever the machine's time zone. */
    private static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");
    /** The form is a few pages of text; anything near this is not a registration form. */
    private static final int MAX_FORM_BYTES = 64 << 20;
    private static final int FILE_BUFFER = 1 << 16;

    private final Clock clock;
    private final Executor formWork;

    /** A writer that renders and signs the registration form on the calling thread. */
    public PackageWriter(Clock clock) {
        this(clock, Runnable::run);
    }

    /**
     * A writer that renders and signs the registration form on {@code formWork} while the scans
     * stream: the form is work for a processor, the scans mostly for the disk and the hash, so
     * on a machine with a second core idle the one hides behind the other.
     */
    public PackageWriter(Clock clock, Executor formWork) {
        this.clock = clock;
        this.formWork = formWork;
    }

    /** Writes the package and returns its path: {@code <acceptanceNo>-<type>.zip}, {@code .zip.p7m} when encrypted. */
    public Path write(PackageContent content, StationCredentials station, ExportTarget target, ExportMonitor monitor)
            throws IOException {
        String folder = PackageLayout.folderOf(content.application().acceptanceNo());
        String catalogVersion = catalogVersionOf(content.application());
        Path file = target.folder().resolve(fileName(folder, content, target));
        Path temporary = Files.createTempFile(target.folder(), "." + file.getFileName(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), FILE_BUFFER)) {
                OutputStream sink = target.encryptFor().isPresent()
                        ? PackageEncryption.encryptingStream(out, target.encryptFor().get()) : out;
                writeBag(new BagZipWriter(sink, folder, monitor), content, catalogVersion, station, monitor);
                sink.close();
            }
            return Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void writeBag(BagZipWriter bag, PackageContent content, String catalogVersion, StationCredentials station,
                          ExportMonitor monitor) throws IOException {
        Instant now = clock.instant();
        Application application = content.application();
        bag.tag(PackageLayout.BAGIT, BagDeclaration.bytes());
        bag.payload(PackageLayout.APPLICATION_JSON, ApplicationJson.write(application), true);
        Optional<Review> review = reviewOf(content);
        if (review.isPresent()) {
            bag.payload(PackageLayout.REVIEW_JSON, ReviewJson.write(application.acceptanceNo(), review.get()), true);
        }
        for (var document : content.extras().documents().entrySet()) {
            bag.payload(document.getKey(), document.getValue(), true);
        }
        writeScansAndForm(bag, content, review, station, now, monitor);
        BagInfo.Builder builder = BagInfo.builder()
                .add(BagInfo.SOURCE_ORGANIZATION, content.sourceOrganization())
                .add(BagInfo.BAGGING_DATE, now.atZone(STATION_ZONE).toLocalDate().toString())
                .add(BagInfo.PAYLOAD_OXUM, bag.oxum().toString())
                .add(BagInfo.EXTERNAL_IDENTIFIER, application.acceptanceNo())
                .add(BagInfo.PACKAGE_TYPE, content.type().label())
                .add(BagInfo.FORMAT, Integer.toString(PackageLayout.FORMAT))
                .add(BagInfo.CATALOG_VERSION, catalogVersion);
        content.extras().bagInfo().forEach(builder::add);
        BagInfo info = builder.build();
        bag.tag(PackageLayout.BAG_INFO, info.bytes());
        bag.tag(PackageLayout.MANIFEST, Manifest.of(bag.payloadChecksums()).bytes());
        byte[] tagManifest = Manifest.of(bag.tagChecksums()).bytes();
        bag.unlistedTag(PackageLayout.TAG_MANIFEST, tagManifest);
        bag.unlistedTag(PackageLayout.SIGNATURE, CmsSigner.signDetached(tagManifest, station, now));
        bag.finish();
    }

    /**
     * The photo, the pages and the evidence pages stream while the form is made, and the form
     * follows them (the format fixes no order of entries). Whatever happens to the scans, the
     * form's work is waited for, so none of it outlives the package.
     */
    private void writeScansAndForm(BagZipWriter bag, PackageContent content, Optional<Review> review,
                                   StationCredentials station, Instant now, ExportMonitor monitor) throws IOException {
        CompletableFuture<byte[]> form = CompletableFuture.supplyAsync(() -> signedForm(content, station, now), formWork);
        try {
            writePhoto(bag, content);
            writePages(bag, content, monitor);
            writeEvidence(bag, content, review);
            bag.payload(PackageLayout.REGISTRATION_FORM, await(form), false);
        } finally {
            form.handle((signed, failure) -> signed).join();
        }
    }

    private static void writePhoto(BagZipWriter bag, PackageContent content) throws IOException {
        String expected = content.application().photoSha256();
        if (expected == null) {
            return;
        }
        try (InputStream in = content.photo().open()) {
            requireSame(expected, bag.payload(PackageLayout.PHOTO, in, false, ScanProgress.untracked()), PackageLayout.PHOTO);
        }
    }

    private static void writePages(BagZipWriter bag, PackageContent content, ExportMonitor monitor) throws IOException {
        List<Material> materials = content.application().materials();
        ScanProgress progress = new ScanProgress(monitor, materials.stream()
                .flatMap(m -> m.pages().stream()).mapToLong(Page::size).sum());
        for (int m = 0; m < materials.size(); m++) {
            Material material = materials.get(m);
            for (int p = 0; p < material.pages().size(); p++) {
                Page page = material.pages().get(p);
                String path = PackageLayout.pagePath(m, material.kind(), p, page);
                try (InputStream in = content.pages().open(page)) {
                    requireSame(page.sha256(), bag.payload(path, in, false, progress), path);
                }
            }
        }
    }

    private static void writeEvidence(BagZipWriter bag, PackageContent content, Optional<Review> review)
            throws IOException {
        List<Page> evidence = review.map(Review::verification).map(CertificateVerification::evidence).orElse(List.of());
        for (int i = 0; i < evidence.size(); i++) {
            Page page = evidence.get(i);
            String path = PackageLayout.evidencePath(i, page);
            try (InputStream in = content.pages().open(page)) {
                requireSame(page.sha256(), bag.payload(path, in, false, ScanProgress.untracked()), path);
            }
        }
    }

    /** A review result is nothing but the reviewer's review: one without it would say nothing. */
    private static Optional<Review> reviewOf(PackageContent content) {
        if (content.type() == PackageType.REVIEW_RESULT && content.review().isEmpty()) {
            throw new DomainException("packaging.export.reviewMissing", content.application().acceptanceNo());
        }
        return content.review();
    }

    /** The station stored each scan with its SHA-256; a scan that changed since must not travel as if intact. */
    private static void requireSame(String expected, String actual, String path) {
        if (!expected.equalsIgnoreCase(actual)) {
            throw new DomainException("packaging.export.storedFileChanged", path);
        }
    }

    private static byte[] signedForm(PackageContent content, StationCredentials station, Instant now) {
        try {
            return PadesSigner.sign(readForm(content.registrationForm()), station, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signed form, or the very exception that making it raised. */
    private static byte[] await(CompletableFuture<byte[]> form) throws IOException {
        try {
            return form.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static byte[] readForm(ContentSource form) throws IOException {
        try (InputStream in = form.open()) {
            byte[] bytes = in.readNBytes(MAX_FORM_BYTES + 1);
            if (bytes.length > MAX_FORM_BYTES) {
                throw new DomainException("packaging.export.formTooLarge");
            }
            return bytes;
        }
    }

    private static String catalogVersionOf(Application application) {
        if (application.certificate() == null || application.certificate().catalogMapping() == null) {
            throw new DomainException("packaging.export.notCompared", application.acceptanceNo());
        }
        return application.certificate().catalogMapping().catalogVersion();
    }

    private static String fileName(String folder, PackageContent content, ExportTarget target) {
        return folder + "-" + content.type().label() + (target.encryptFor().isPresent() ? ".zip.p7m" : ".zip");
    }
}
