package cn.bizhao.service.packages;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.bag.BagInfo;
import cn.bizhao.packaging.extract.ExtractedPackage;
import cn.bizhao.packaging.extract.PackageImporter;
import cn.bizhao.packaging.extract.PackageRefusedException;
import cn.bizhao.packaging.json.ApplicationDocument;
import cn.bizhao.packaging.json.ApplicationJson;
import cn.bizhao.packaging.json.ReviewDocument;
import cn.bizhao.packaging.json.ReviewJson;
import cn.bizhao.packaging.verify.PackageVerifier;
import cn.bizhao.packaging.zip.ZipLimits;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.persistence.application.PageRow;
import cn.bizhao.persistence.packages.ImportedPackageRow;
import cn.bizhao.persistence.packages.PackageMapper;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.catalog.CatalogService;
import cn.bizhao.service.certificate.RevocationService;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.review.ReviewRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 导入报送包: a review package at a reviewer's station becomes a read-only application there with
 * every page; a review result back at the counter moves the original application to the
 * reviewer's decision through the state machine. A package is verified in full before anything
 * is read from it, is identified by the SHA-256 of its tag manifest, and is taken in within one
 * transaction: importing it again changes nothing, and a refused or failed import leaves nothing.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final Set<Role> RESULT_ROLES = EnumSet.of(Role.CLERK, Role.SUPERVISOR);

    private final Transactions transactions;
    private final CatalogService catalog;
    private final FileStore files;
    private final KeyService keys;
    private final AuditTrail audit;
    private final Path workFolder;
    private final Clock clock;
    private final DepartmentPackages department;

    public ImportService(Transactions transactions, CatalogService catalog, FileStore files, KeyService keys,
                         AuditTrail audit, Path workFolder, Clock clock) {
        this.transactions = transactions;
        this.catalog = catalog;
        this.files = files;
        this.keys = keys;
        this.audit = audit;
        this.workFolder = workFolder;
        this.clock = clock;
        this.department = new DepartmentPackages(transactions, files, audit,
                new RevocationService(transactions, audit, clock), this::requireKnownCatalogue, clock);
    }

    /** @throws PackageRefused when the package does not verify, with every problem found */
    public ImportResult importPackage(User user, Path file) {
        if (!user.has(Role.REVIEWER) && user.roles().stream().noneMatch(RESULT_ROLES::contains)
                && !DepartmentPackages.anyRole(user)) {
            throw new DomainException("packages.import.notAllowed");
        }
        PackageImporter importer = new PackageImporter(new PackageVerifier(keys.anchors()), ZipLimits.DEFAULT);
        try (ExtractedPackage extracted = importer.extract(file, keys.credentialsIfAny(), workFolder)) {
            return take(user, extracted);
        } catch (PackageRefusedException e) {
            throw new PackageRefused(new PackageCheck(e.report()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportResult take(User user, ExtractedPackage extracted) throws IOException {
        if (DepartmentPackages.takes(extracted.type())) {
            return department.take(user, extracted);
        }
        ExportKind kind = ExportKind.of(extracted.type());
        ApplicationDocument document = document(extracted);
        Optional<ImportResult> earlier = transactions.inTransaction(uow -> already(uow, extracted, kind));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return switch (kind) {
            case REVIEW -> createApplication(user, extracted, document);
            case REVIEW_RESULT -> applyResult(user, extracted, document);
            case SUBMISSION -> throw new DomainException("packages.import.submission");
        };
    }

    private static ApplicationDocument document(ExtractedPackage extracted) throws IOException {
        try (InputStream json = Files.newInputStream(extracted.bag().resolve(PackageLayout.APPLICATION_JSON))) {
            return ApplicationJson.readDocument(json);
        }
    }

    private static Optional<ImportResult> already(UnitOfWork uow, ExtractedPackage extracted, ExportKind kind) {
        if (uow.mapper(PackageMapper.class).countImported(extracted.packageId()) == 0) {
            return Optional.empty();
        }
        ApplicationRow row = uow.mapper(ApplicationMapper.class).findByAcceptanceNo(extracted.report().acceptanceNo());
        return Optional.of(new ImportResult(ImportOutcome.ALREADY_IMPORTED, kind, row.id, row.acceptanceNo, row.status));
    }

    /** At the reviewer's station: the application as sent, read-only, every page stored and checked. */
    private ImportResult createApplication(User user, ExtractedPackage extracted, ApplicationDocument document)
            throws IOException {
        if (!user.has(Role.REVIEWER)) {
            throw new DomainException("packages.import.reviewerOnly");
        }
        Application sent = extracted.application();
        sent.applicant().requireWithinLimits();
        sent.certificate().requireWithinLimits();
        requireKnownCatalogue(sent);
        String source = sourceOrganization(extracted);
        return transactions.inTransaction(uow -> {
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            if (applications.findByAcceptanceNo(sent.acceptanceNo()) != null) {
                throw new DomainException("packages.import.alreadyHere", sent.acceptanceNo());
            }
            String photo = null;
            if (document.photo() != null) {
                photo = store(uow, extracted, document.photo().file(), "image/jpeg", document.photo().sha256());
            }
            ApplicationRow row = rowOf(sent, photo);
            row.updatedAt = clock.instant();
            uow.mapper(PackageMapper.class).insertApplication(row);
            for (ApplicationDocument.MaterialPart material : document.materials()) {
                int sequence = 0;
                for (ApplicationDocument.PagePart part : material.pages()) {
                    PageRow page = new PageRow();
                    page.applicationId = row.id;
                    page.kind = material.kind();
                    page.sequenceNo = ++sequence;
                    page.sha256 = store(uow, extracted, part.file(), part.mediaType(), part.sha256());
                    page.mediaType = part.mediaType();
                    page.byteSize = part.size();
                    page.rotation = Math.floorMod(part.rotation(), 4);
                    applications.insertPage(page);
                }
            }
            record(uow, user, extracted, row.id, source);
            uow.mapper(PackageMapper.class).insertImportedApplication(row.id, document.stationRecordId(), source,
                    extracted.packageId());
            audit.record(uow, user.login(), AuditAction.PACKAGE_IMPORTED, row.id,
                    "review " + extracted.packageId() + " from " + source);
            LOG.info("review package imported as application {}", row.id);
            return new ImportResult(ImportOutcome.APPLICATION_CREATED, ExportKind.REVIEW, row.id, row.acceptanceNo,
                    row.status);
        });
    }

    /**
     * Back at the counter: the reviewer's review replaces the original's, and the original moves, step
     * by audited step, to the reviewer's status. A conclusion still waiting for a supervisor waits for
     * this station's supervisor. A result older than one already taken in is refused, so that a stick
     * found in a drawer cannot undo a later review.
     */
    private ImportResult applyResult(User user, ExtractedPackage extracted, ApplicationDocument document)
            throws IOException {
        if (user.roles().stream().noneMatch(RESULT_ROLES::contains)) {
            throw new DomainException("packages.import.counterOnly");
        }
        String source = sourceOrganization(extracted);
        ReviewDocument review = extracted.review()
                .orElseThrow(() -> new DomainException("packaging.export.reviewMissing", document.acceptanceNo()));
        return transactions.inTransaction(uow -> {
            ApplicationRow original = original(uow, document);
            requireNewest(uow, extracted, original);
            if (ReviewRecords.of(uow, original.id).awaitsSupervisor()) {
                throw new DomainException("packages.import.conclusionPending", original.acceptanceNo);
            }
            ApplicationStatus decision = document.status();
            moveTo(uow, user, extracted, original, decision);
            storeEvidence(uow, extracted, review);
            String changes = ReviewRecords.replace(uow, original.id,
                    ReviewJson.toReview(review, original.id).requireWithinLimits(),
                    user.login(), clock.instant(), "review-result " + extracted.packageId());
            audit.record(uow, user.login(), AuditAction.APPLICATION_EDITED, original.id, changes);
            record(uow, user, extracted, original.id, source);
            audit.record(uow, user.login(), AuditAction.PACKAGE_IMPORTED, original.id,
                    "review-result " + extracted.packageId() + " from " + source + " decision " + decision);
            return new ImportResult(ImportOutcome.RESULT_APPLIED, ExportKind.REVIEW_RESULT, original.id,
                    original.acceptanceNo, decision);
        });
    }

    /** The application this station sent out for review, and not a copy imported here. */
    private static ApplicationRow original(UnitOfWork uow, ApplicationDocument document) {
        ApplicationRow original = uow.mapper(ApplicationMapper.class).findByAcceptanceNo(document.acceptanceNo());
        if (original == null || original.id != document.stationRecordId()
                || uow.mapper(PackageMapper.class).originRecordId(original.id) != null) {
            throw new DomainException("packages.import.noOriginal", document.acceptanceNo());
        }
        return original;
    }

    private static void requireNewest(UnitOfWork uow, ExtractedPackage extracted, ApplicationRow original) {
        Instant latest = uow.mapper(PackageMapper.class).latestSigned(original.id, PackageType.REVIEW_RESULT.label());
        Instant signed = extracted.report().signingTime();
        if (latest != null && signed != null && signed.isBefore(latest)) {
            throw new DomainException("packages.import.olderResult", original.acceptanceNo);
        }
    }

    private void moveTo(UnitOfWork uow, User user, ExtractedPackage extracted, ApplicationRow original,
                        ApplicationStatus decision) {
        List<ApplicationStatus> steps = ReviewResultPath.between(original.status, decision)
                .orElseThrow(() -> new DomainException("packages.import.resultNotApplicable", original.acceptanceNo,
                        original.status, decision));
        ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
        ApplicationStatus from = original.status;
        Instant now = clock.instant();
        for (ApplicationStatus to : steps) {
            if (applications.updateStatus(original.id, from, to, now) != 1) {
                throw new DomainException("error.intake.changedMeanwhile");
            }
            audit.record(uow, user.login(), AuditAction.STATUS_CHANGED, original.id,
                    from + "->" + to + " review-result " + extracted.packageId());
            from = to;
        }
    }

    private void storeEvidence(UnitOfWork uow, ExtractedPackage extracted, ReviewDocument review) {
        if (review.verification() == null) {
            return;
        }
        for (ReviewDocument.EvidencePart page : review.verification().evidence()) {
            store(uow, extracted, page.file(), page.mediaType(), page.sha256());
        }
    }

    private void record(UnitOfWork uow, User user, ExtractedPackage extracted, long applicationId, String source) {
        ImportedPackageRow row = new ImportedPackageRow();
        row.packageId = extracted.packageId();
        row.packageType = extracted.type().label();
        row.acceptanceNo = extracted.report().acceptanceNo();
        row.applicationId = applicationId;
        row.sourceOrg = truncate(source, 200);
        row.signerFingerprint = extracted.report().signer().sha256Fingerprint();
        row.signedAt = extracted.report().signingTime();
        row.importedBy = user.login();
        row.importedAt = clock.instant();
        uow.mapper(PackageMapper.class).insertImported(row);
    }

    /** The mapped catalogue row must be the one this station knows, word for word. */
    private void requireKnownCatalogue(Application sent) {
        CatalogMapping mapping = sent.certificate().catalogMapping();
        if (mapping == null) {
            throw new DomainException("packaging.export.notCompared", sent.acceptanceNo());
        }
        var current = catalog.current();
        Optional<CatalogEntry> here = current.version().equals(mapping.catalogVersion())
                ? current.entries().stream().filter(e -> e.number() == mapping.entry().number()).findFirst()
                : Optional.empty();
        if (here.isEmpty() || !here.get().equals(mapping.entry())) {
            throw new DomainException("packages.import.catalogueDiffers", mapping.catalogVersion(), mapping.entry().number());
        }
    }

    private String store(UnitOfWork uow, ExtractedPackage extracted, String file, String mediaType, String sha256) {
        byte[] content;
        try {
            content = Files.readAllBytes(extracted.payloadFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = files.store(uow, content, mediaType);
        if (!stored.equalsIgnoreCase(sha256)) {
            // verification checked every hash already; a difference now means the disk changed it meanwhile
            throw new DomainException("error.file.corrupted");
        }
        return stored;
    }

    private static ApplicationRow rowOf(Application a, String photoSha256) {
        ApplicationRow row = new ApplicationRow();
        row.setForm(a.applicant(), a.certificate());
        row.acceptanceNo = a.acceptanceNo();
        row.status = a.status();
        row.catalogVersion = a.certificate().catalogMapping().catalogVersion();
        row.catalogEntryNumber = a.certificate().catalogMapping().entry().number();
        row.photoSha256 = photoSha256;
        row.pledgeConfirmed = true;
        row.clerk = a.clerk();
        row.createdAt = a.createdAt();
        row.acceptedAt = a.acceptedAt();
        return row;
    }

    private static String sourceOrganization(ExtractedPackage extracted) {
        try {
            String text = Files.readString(extracted.bag().resolve(PackageLayout.BAG_INFO), StandardCharsets.UTF_8);
            return BagInfo.parse(text).get(BagInfo.SOURCE_ORGANIZATION).orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
