package cn.bizhao.service.packages;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.certificate.CertificateNumber;
import cn.bizhao.domain.certificate.IssuedCertificate;
import cn.bizhao.domain.department.StationKind;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.bag.BagInfo;
import cn.bizhao.packaging.extract.ExtractedPackage;
import cn.bizhao.packaging.json.ApplicationDocument;
import cn.bizhao.packaging.json.ApplicationJson;
import cn.bizhao.packaging.json.DecisionDocument;
import cn.bizhao.packaging.json.ReviewDocument;
import cn.bizhao.packaging.json.ReviewJson;
import cn.bizhao.packaging.json.RevocationDocument;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.persistence.application.PageRow;
import cn.bizhao.persistence.certificate.CertificateMapper;
import cn.bizhao.persistence.certificate.CertificateRow;
import cn.bizhao.persistence.department.DepartmentMapper;
import cn.bizhao.persistence.department.PackageDecisionRow;
import cn.bizhao.persistence.packages.ImportedPackageRow;
import cn.bizhao.persistence.packages.PackageMapper;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.certificate.RevocationService;
import cn.bizhao.service.department.StationKinds;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.review.ReviewRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The packages between institutions and the department (issue 13). At a department station a
 * submission becomes an application in its list, or, after 人社部门退回, the next version of one
 * already there. At an institution a decision package records 自治区人社部门意见 and the issued
 * certificate from the signed data, and a revocation package revokes the certificate. Each is taken
 * in within one transaction, verified in full before (ImportService does that), once only.
 */
final class DepartmentPackages {
    private final Transactions transactions;
    private final FileStore files;
    private final AuditTrail audit;
    private final RevocationService revocations;
    private final Consumer<Application> requireKnownCatalogue;
    private final Clock clock;

    DepartmentPackages(Transactions transactions, FileStore files, AuditTrail audit, RevocationService revocations,
                       Consumer<Application> requireKnownCatalogue, Clock clock) {
        this.transactions = transactions;
        this.files = files;
        this.audit = audit;
        this.revocations = revocations;
        this.requireKnownCatalogue = requireKnownCatalogue;
        this.clock = clock;
    }

    ImportResult take(User user, ExtractedPackage extracted) throws IOException {
        Optional<ImportResult> earlier = transactions.inTransaction(uow -> already(uow, extracted));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return switch (extracted.type()) {
            case SUBMISSION -> receiveSubmission(user, extracted);
            case DECISION -> applyDecision(user, extracted, extracted.decision());
            case REVOCATION -> applyRevocation(user, extracted, extracted.revocation());
            default -> throw new IllegalArgumentException(extracted.type().label());
        };
    }

    private static Optional<ImportResult> already(UnitOfWork uow, ExtractedPackage extracted) {
        if (uow.mapper(PackageMapper.class).countImported(extracted.packageId()) == 0) {
            return Optional.empty();
        }
        ApplicationRow row = uow.mapper(ApplicationMapper.class).findByAcceptanceNo(extracted.report().acceptanceNo());
        return Optional.of(new ImportResult(ImportOutcome.ALREADY_IMPORTED, ExportKind.SUBMISSION, row.id,
                row.acceptanceNo, row.status));
    }

    /** At the department: a new application from an institution, or the next version of one returned. */
    private ImportResult receiveSubmission(User user, ExtractedPackage extracted) throws IOException {
        Application sent = extracted.application();
        sent.applicant().requireWithinLimits();
        sent.certificate().requireWithinLimits();
        requireKnownCatalogue.accept(sent);
        ApplicationDocument document = document(extracted);
        ReviewDocument review = extracted.review()
                .orElseThrow(() -> new DomainException("packaging.export.reviewMissing", sent.acceptanceNo()));
        String source = sourceOrganization(extracted);
        int version = declaredVersion(extracted);
        return transactions.inTransaction(uow -> {
            requireStation(uow, StationKind.DEPARTMENT, "department.import.notDepartment");
            Actors.require(uow, user, Permission.TAKE_IN);
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            PackageMapper packages = uow.mapper(PackageMapper.class);
            DepartmentMapper department = uow.mapper(DepartmentMapper.class);
            ApplicationRow here = applications.findByAcceptanceNo(sent.acceptanceNo());
            long id;
            ImportOutcome outcome;
            if (here == null) {
                if (version != 1) {
                    throw new DomainException("department.import.versionGap", sent.acceptanceNo(), version, 0);
                }
                ApplicationRow row = rowOf(sent, photo(uow, extracted, document));
                row.status = ApplicationStatus.SUBMITTED;
                row.updatedAt = clock.instant();
                packages.insertApplication(row);
                id = row.id;
                storePages(uow, extracted, document, id);
                record(uow, user, extracted, id, source);
                packages.insertImportedApplication(id, document.stationRecordId(), source, extracted.packageId());
                outcome = ImportOutcome.APPLICATION_CREATED;
            } else {
                id = here.id;
                Long origin = packages.originRecordId(id);
                if (origin == null || origin != document.stationRecordId()) {
                    throw new DomainException("department.import.otherApplication", sent.acceptanceNo());
                }
                Integer latest = department.latestVersion(id);
                int expected = latest == null ? 1 : latest + 1;
                if (version != expected) {
                    throw new DomainException("department.import.versionGap", sent.acceptanceNo(), version,
                            latest == null ? 0 : latest);
                }
                if (here.status != ApplicationStatus.DEPT_RETURNED) {
                    throw new DomainException("department.import.notReturned", sent.acceptanceNo(), here.status);
                }
                ApplicationRow row = rowOf(sent, photo(uow, extracted, document));
                row.id = id;
                row.updatedAt = clock.instant();
                applications.updateForm(row);
                applications.updatePhoto(id, row.photoSha256, row.updatedAt);
                for (PageRow page : applications.pages(id)) {
                    applications.deletePage(page.id);
                }
                storePages(uow, extracted, document, id);
                record(uow, user, extracted, id, source);
                if (applications.updateStatus(id, ApplicationStatus.DEPT_RETURNED, ApplicationStatus.SUBMITTED,
                        clock.instant()) != 1) {
                    throw new DomainException("error.intake.changedMeanwhile");
                }
                audit.record(uow, user.login(), AuditAction.STATUS_CHANGED, id, ApplicationStatus.DEPT_RETURNED + "->"
                        + ApplicationStatus.SUBMITTED + " " + StatusAction.SUBMIT + " version " + version);
                outcome = ImportOutcome.RESULT_APPLIED;
            }
            storeEvidence(uow, extracted, review);
            ReviewRecords.replace(uow, id, ReviewJson.toReview(review, id).requireWithinLimits(), user.login(),
                    clock.instant(), "submission " + extracted.packageId());
            SubmissionVersions.record(uow, id, extracted.packageId(), source, user.login(), clock.instant());
            audit.record(uow, user.login(), AuditAction.PACKAGE_IMPORTED, id,
                    "submission " + extracted.packageId() + " from " + source + " version " + version);
            return new ImportResult(outcome, ExportKind.SUBMISSION, id, sent.acceptanceNo(), ApplicationStatus.SUBMITTED);
        });
    }

    /**
     * At the institution: 自治区人社部门意见 from the department's signed package. An approval records
     * the decision and the certificate (its number checked against the mapped level) and ends in
     * CERTIFIED; a return ends in DEPT_RETURNED. Each step is a move of the state machine, audited.
     */
    private ImportResult applyDecision(User user, ExtractedPackage extracted, DecisionDocument decision) {
        String source = sourceOrganization(extracted);
        return transactions.inTransaction(uow -> {
            requireStation(uow, StationKind.INSTITUTION, "department.import.notInstitution");
            User supervisor = Actors.require(uow, user, Permission.SUPERVISE);
            ApplicationRow original = original(uow, decision.acceptanceNo(), decision.stationRecordId());
            Integer sent = uow.mapper(DepartmentMapper.class).latestVersion(original.id);
            if (sent == null || sent != decision.submissionVersion()) {
                throw new DomainException("department.import.otherVersion", original.acceptanceNo,
                        decision.submissionVersion(), sent == null ? 0 : sent);
            }
            Permissions.apply(supervisor, decision.outcome().action(), original.status);
            PackageDecisionRow row = new PackageDecisionRow();
            row.applicationId = original.id;
            row.outcome = decision.outcome();
            row.decidedOn = decision.decidedOn();
            row.documentNo = decision.documentNo();
            row.note = decision.opinion();
            row.corrections = decision.corrections();
            row.departmentName = decision.department();
            row.packageId = extracted.packageId();
            row.recordedBy = user.login();
            row.recordedAt = clock.instant();
            uow.mapper(DepartmentMapper.class).insertPackageDecision(row);
            ApplicationStatus status = move(uow, user, original.id, original.status, decision.outcome().action(),
                    "decision " + decision.documentNo());
            if (decision.outcome() == DepartmentOutcome.APPROVED) {
                issue(uow, user, original, decision);
                status = move(uow, user, original.id, status, StatusAction.RECORD_CERTIFICATE,
                        decision.certificate().number());
            }
            record(uow, user, extracted, original.id, source);
            audit.record(uow, user.login(), AuditAction.PACKAGE_IMPORTED, original.id,
                    "decision " + extracted.packageId() + " from " + source + " " + decision.outcome());
            return new ImportResult(ImportOutcome.RESULT_APPLIED, ExportKind.SUBMISSION, original.id,
                    original.acceptanceNo, status);
        });
    }

    private void issue(UnitOfWork uow, User user, ApplicationRow original, DecisionDocument decision) {
        DecisionDocument.CertificatePart part = decision.certificate();
        if (part == null) {
            throw new DomainException("department.import.noCertificate", original.acceptanceNo);
        }
        Application application = original.toApplication(java.util.List.of());
        CatalogMapping mapping = application.certificate().catalogMapping();
        if (mapping == null) {
            throw new DomainException("error.certificate.noMapping");
        }
        String number = CertificateNumber.require(part.number(), mapping.entry().level());
        if (!mapping.entry().occupation().equals(part.occupation()) || mapping.entry().level() != part.level()) {
            throw new DomainException("department.import.mappingDiffers", original.acceptanceNo);
        }
        CertificateMapper certificates = uow.mapper(CertificateMapper.class);
        if (certificates.findByNumber(number) != null) {
            throw new DomainException("error.certificate.numberTaken", number);
        }
        IssuedCertificate issued = new IssuedCertificate(original.id, number, part.issuedOn(),
                application.applicant().name(), application.applicant().idType(), application.applicant().idNumber(),
                mapping.entry().occupation(), mapping.entry().level(), part.evaluationBody(), original.acceptanceNo,
                mapping.entry().region(), user.login(), clock.instant());
        certificates.insert(CertificateRow.of(issued));
    }

    /** At the institution: the department revoked a certificate it issued. */
    private ImportResult applyRevocation(User user, ExtractedPackage extracted, RevocationDocument revocation) {
        String source = sourceOrganization(extracted);
        return transactions.inTransaction(uow -> {
            requireStation(uow, StationKind.INSTITUTION, "department.import.notInstitution");
            ApplicationRow original = original(uow, revocation.acceptanceNo(), revocation.stationRecordId());
            CertificateRow certificate = uow.mapper(CertificateMapper.class).find(original.id);
            if (certificate == null || !certificate.certificateNo.equals(revocation.certificateNo())) {
                throw new DomainException("revocation.unknownCertificate", revocation.certificateNo());
            }
            revocations.revoke(uow, user, revocation.certificateNo(), revocation.revokedOn(), revocation.reason(),
                    revocation.documentNo(), extracted.packageId());
            record(uow, user, extracted, original.id, source);
            audit.record(uow, user.login(), AuditAction.PACKAGE_IMPORTED, original.id,
                    "revocation " + extracted.packageId() + " from " + source);
            return new ImportResult(ImportOutcome.RESULT_APPLIED, ExportKind.SUBMISSION, original.id,
                    original.acceptanceNo, ApplicationStatus.REVOKED);
        });
    }

    private ApplicationStatus move(UnitOfWork uow, User user, long id, ApplicationStatus from, StatusAction action,
                                   String detail) {
        ApplicationStatus to = Permissions.apply(user, action, from);
        if (uow.mapper(ApplicationMapper.class).updateStatus(id, from, to, clock.instant()) != 1) {
            throw new DomainException("error.intake.changedMeanwhile");
        }
        audit.record(uow, user.login(), AuditAction.STATUS_CHANGED, id, from + "->" + to + " " + action + " " + detail);
        return to;
    }

    /** The application this institution submitted, and not a copy imported here. */
    private static ApplicationRow original(UnitOfWork uow, String acceptanceNo, long recordId) {
        ApplicationRow original = uow.mapper(ApplicationMapper.class).findByAcceptanceNo(acceptanceNo);
        if (original == null || original.id != recordId
                || uow.mapper(PackageMapper.class).originRecordId(original.id) != null) {
            throw new DomainException("packages.import.noOriginal", acceptanceNo);
        }
        return original;
    }

    private static void requireStation(UnitOfWork uow, StationKind kind, String refusal) {
        if (StationKinds.of(uow) != kind) {
            throw new DomainException(refusal);
        }
    }

    private static int declaredVersion(ExtractedPackage extracted) {
        String version = bagInfo(extracted).get(BagInfo.SUBMISSION_VERSION).orElse("1");
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new DomainException("department.import.badVersion", version);
        }
    }

    private String photo(UnitOfWork uow, ExtractedPackage extracted, ApplicationDocument document) {
        return document.photo() == null ? null
                : store(uow, extracted, document.photo().file(), "image/jpeg", document.photo().sha256());
    }

    private void storePages(UnitOfWork uow, ExtractedPackage extracted, ApplicationDocument document, long id) {
        ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
        for (ApplicationDocument.MaterialPart material : document.materials()) {
            int sequence = 0;
            for (ApplicationDocument.PagePart part : material.pages()) {
                PageRow page = new PageRow();
                page.applicationId = id;
                page.kind = material.kind();
                page.sequenceNo = ++sequence;
                page.sha256 = store(uow, extracted, part.file(), part.mediaType(), part.sha256());
                page.mediaType = part.mediaType();
                page.byteSize = part.size();
                page.rotation = Math.floorMod(part.rotation(), 4);
                applications.insertPage(page);
            }
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

    private String store(UnitOfWork uow, ExtractedPackage extracted, String file, String mediaType, String sha256) {
        byte[] content;
        try {
            content = Files.readAllBytes(extracted.payloadFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = files.store(uow, content, mediaType);
        if (!stored.equalsIgnoreCase(sha256)) {
            throw new DomainException("error.file.corrupted");
        }
        return stored;
    }

    private void record(UnitOfWork uow, User user, ExtractedPackage extracted, long applicationId, String source) {
        ImportedPackageRow row = new ImportedPackageRow();
        row.packageId = extracted.packageId();
        row.packageType = extracted.type().label();
        row.acceptanceNo = extracted.report().acceptanceNo();
        row.applicationId = applicationId;
        row.sourceOrg = source.length() <= 200 ? source : source.substring(0, 200);
        row.signerFingerprint = extracted.report().signer().sha256Fingerprint();
        row.signedAt = extracted.report().signingTime();
        row.importedBy = user.login();
        row.importedAt = clock.instant();
        uow.mapper(PackageMapper.class).insertImported(row);
    }

    private static ApplicationDocument document(ExtractedPackage extracted) throws IOException {
        try (InputStream json = Files.newInputStream(extracted.bag().resolve(PackageLayout.APPLICATION_JSON))) {
            return ApplicationJson.readDocument(json);
        }
    }

    private static BagInfo bagInfo(ExtractedPackage extracted) {
        try {
            return BagInfo.parse(Files.readString(extracted.bag().resolve(PackageLayout.BAG_INFO),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sourceOrganization(ExtractedPackage extracted) {
        return bagInfo(extracted).get(BagInfo.SOURCE_ORGANIZATION).orElse("");
    }

    static ApplicationRow rowOf(Application a, String photoSha256) {
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

    static boolean takes(PackageType type) {
        return type == PackageType.SUBMISSION || type == PackageType.DECISION || type == PackageType.REVOCATION;
    }

    static boolean anyRole(User user) {
        return !user.roles().isEmpty() && user.roles().stream().anyMatch(r -> r != Role.ADMIN);
    }
}
