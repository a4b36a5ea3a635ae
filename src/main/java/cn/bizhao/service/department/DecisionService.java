package cn.bizhao.service.department;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.certificate.CertificateNumber;
import cn.bizhao.domain.certificate.IssuedCertificate;
import cn.bizhao.domain.department.Ruling;
import cn.bizhao.domain.department.RulingState;
import cn.bizhao.domain.department.StationKind;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.json.DecisionDocument;
import cn.bizhao.packaging.json.DecisionJson;
import cn.bizhao.packaging.json.RevocationDocument;
import cn.bizhao.packaging.write.ExportMonitor;
import cn.bizhao.packaging.write.ExportTarget;
import cn.bizhao.packaging.write.PackageContent;
import cn.bizhao.packaging.write.PackageWriter;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.certificate.CertificateMapper;
import cn.bizhao.persistence.certificate.CertificateRow;
import cn.bizhao.persistence.department.DepartmentMapper;
import cn.bizhao.persistence.department.InboxRow;
import cn.bizhao.persistence.department.RulingRow;
import cn.bizhao.persistence.department.SubmissionVersionRow;
import cn.bizhao.persistence.packages.PackageMapper;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.certificate.RevocationService;
import cn.bizhao.service.document.DepartmentOpinions;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.service.packages.KeyService;
import cn.bizhao.service.station.StationService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The department's station (自治区人社部门, issue 13): the submissions received from institutions,
 * 自治区人社部门意见 recorded by one person and signed off by a second, and the signed decision and
 * revocation packages sent back. At an institution station none of this is offered.
 */
public final class DecisionService {
    private final Transactions transactions;
    private final IntakeService intake;
    private final DocumentService documents;
    private final FileStore files;
    private final StationService station;
    private final KeyService keys;
    private final AuditTrail audit;
    private final RevocationService revocations;
    private final Clock clock;

    public DecisionService(Transactions transactions, IntakeService intake, DocumentService documents, FileStore files,
                           StationService station, KeyService keys, AuditTrail audit, RevocationService revocations,
                           Clock clock) {
        this.transactions = transactions;
        this.intake = intake;
        this.documents = documents;
        this.files = files;
        this.station = station;
        this.keys = keys;
        this.audit = audit;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** Whether the package type named on the command line is the department's decision. */
    public static boolean isDecisionLabel(String label) {
        return PackageType.DECISION.label().equals(label);
    }

    /** What this station is. */
    public StationKind kind() {
        return transactions.inTransaction(StationKinds::of);
    }

    /** At first start (or in the demo): this station is the regional department's. */
    public void becomeDepartment(User administrator) {
        transactions.run(uow -> {
            Actors.require(uow, administrator, Permission.ADMINISTER);
            StationKinds.set(uow, StationKind.DEPARTMENT);
            audit.record(uow, administrator.login(), AuditAction.SETTINGS_CHANGED, null, "station.kind DEPARTMENT");
        });
    }

    /** One submission in the department's list. */
    public record Submission(long applicationId, String acceptanceNo, String name, ApplicationStatus status,
                             String institution, int version, Instant receivedAt, String occupation, String level) {
    }

    /** Submissions received, newest first; each filter may be null. */
    public List<Submission> inbox(User user, String institution, ApplicationStatus status, LocalDate from,
                                  LocalDate to) {
        return transactions.inTransaction(uow -> {
            requireDepartment(uow);
            Actors.require(uow, user, Permission.FIND_APPLICATIONS);
            Instant start = from == null ? null : from.atStartOfDay(clock.getZone()).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            return uow.mapper(DepartmentMapper.class).inbox(blankToNull(institution), status == null ? null : status.name(),
                    start, end).stream().map(DecisionService::submission).toList();
        });
    }

    private static Submission submission(InboxRow r) {
        return new Submission(r.applicationId, r.acceptanceNo, r.name, r.status, r.sourceOrg, r.versionNo,
                r.receivedAt, r.occupation, r.skillLevel);
    }

    /** The versions of the application's submission, oldest first. */
    public List<Integer> versions(User user, long applicationId) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, user, Permission.FIND_APPLICATIONS);
            return uow.mapper(DepartmentMapper.class).versions(applicationId).stream()
                    .map(v -> v.versionNo).toList();
        });
    }

    /** Every decision recorded on the application, oldest first. */
    public List<Ruling> rulings(User user, long applicationId) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, user, Permission.FIND_APPLICATIONS);
            return uow.mapper(DepartmentMapper.class).rulings(applicationId).stream().map(RulingRow::toRuling).toList();
        });
    }

    /** 同意: the certificate number (its level digit the mapped level's), the date of issue and the evaluation body. */
    public Ruling approve(User decider, long applicationId, String certificateNo, LocalDate issuedOn,
                          String evaluationBody, String opinion) {
        TextField.EVALUATION_INSTITUTION.require(evaluationBody);
        TextField.DECISION_NOTE.require(opinion);
        if (issuedOn == null || evaluationBody == null || evaluationBody.isBlank()) {
            throw new DomainException("error.certificate.incomplete");
        }
        if (issuedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("error.review.dateInFuture");
        }
        return transactions.inTransaction(uow -> {
            Application application = decidable(uow, decider, applicationId, DepartmentOutcome.APPROVED);
            CatalogMapping mapping = application.certificate().catalogMapping();
            if (mapping == null) {
                throw new DomainException("error.certificate.noMapping");
            }
            String number = CertificateNumber.require(certificateNo, mapping.entry().level());
            if (uow.mapper(CertificateMapper.class).findByNumber(number) != null) {
                throw new DomainException("error.certificate.numberTaken", number);
            }
            return insert(uow, decider, applicationId, DepartmentOutcome.APPROVED, opinion, "", number, issuedOn,
                    evaluationBody.strip());
        });
    }

    /** 退回: the reasons and what the institution is to correct. */
    public Ruling returnForCorrection(User decider, long applicationId, String reasons, String corrections) {
        if (reasons == null || reasons.isBlank()) {
            throw new DomainException("department.decision.reasonRequired");
        }
        TextField.DECISION_NOTE.require(reasons);
        TextField.DECISION_NOTE.require(corrections);
        return transactions.inTransaction(uow -> {
            decidable(uow, decider, applicationId, DepartmentOutcome.RETURNED);
            return insert(uow, decider, applicationId, DepartmentOutcome.RETURNED, reasons,
                    corrections == null || corrections.isBlank() ? reasons : corrections, null, null, null);
        });
    }

    private Application decidable(UnitOfWork uow, User decider, long applicationId, DepartmentOutcome outcome) {
        requireDepartment(uow);
        Actors.require(uow, decider, Permission.REVIEW);
        Application application = load(uow, applicationId);
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw new DomainException("department.decision.notSubmitted", application.acceptanceNo(),
                    application.status());
        }
        if (uow.mapper(DepartmentMapper.class).rulings(applicationId).stream()
                .anyMatch(r -> r.state == RulingState.PENDING)) {
            throw new DomainException("department.decision.pending", application.acceptanceNo());
        }
        return application;
    }

    private Ruling insert(UnitOfWork uow, User decider, long applicationId, DepartmentOutcome outcome, String opinion,
                          String corrections, String certificateNo, LocalDate issuedOn, String evaluationBody) {
        Integer version = uow.mapper(DepartmentMapper.class).latestVersion(applicationId);
        Ruling ruling = new Ruling(null, applicationId, version == null ? 1 : version, outcome,
                opinion == null ? "" : opinion.strip(), corrections == null ? "" : corrections.strip(), certificateNo,
                issuedOn, evaluationBody, RulingState.PENDING, decider.login(), clock.instant(), null, null);
        RulingRow row = RulingRow.of(ruling);
        uow.mapper(DepartmentMapper.class).insertRuling(row);
        audit.record(uow, decider.login(), AuditAction.APPLICATION_EDITED, applicationId, "department ruling " + row.id
                + " " + outcome + " version " + row.versionNo + (certificateNo == null ? "" : " " + certificateNo)
                + " decided");
        return row.toRuling();
    }

    /**
     * 签发: a second person signs the pending decision off; only then does it take effect: an approval
     * issues the certificate here (CERTIFIED), a return sends the application back (DEPT_RETURNED).
     */
    public Ruling signOff(User signer, long applicationId) {
        return transactions.inTransaction(uow -> {
            requireDepartment(uow);
            User stored = Actors.require(uow, signer, Permission.SUPERVISE);
            DepartmentMapper mapper = uow.mapper(DepartmentMapper.class);
            RulingRow pending = mapper.rulings(applicationId).stream().filter(r -> r.state == RulingState.PENDING)
                    .reduce((a, b) -> b).orElseThrow(() -> new DomainException("department.signOff.nothingPending"));
            pending.toRuling().requireSignOffBy(stored.login());
            if (mapper.signOff(pending.id, stored.login(), clock.instant()) != 1) {
                throw new DomainException("error.intake.changedMeanwhile");
            }
            Application application = load(uow, applicationId);
            ApplicationStatus status = move(uow, stored, application, application.status(), pending.outcome.action(),
                    "ruling " + pending.id);
            if (pending.outcome == DepartmentOutcome.APPROVED) {
                issue(uow, stored, application, pending);
                move(uow, stored, application, status, StatusAction.RECORD_CERTIFICATE, pending.certificateNo);
            }
            audit.record(uow, stored.login(), AuditAction.APPLICATION_EDITED, applicationId,
                    "department ruling " + pending.id + " signed off (decided by " + pending.decidedBy + ")");
            return mapper.rulings(applicationId).stream().filter(r -> r.id.equals(pending.id)).findFirst()
                    .orElseThrow().toRuling();
        });
    }

    private void issue(UnitOfWork uow, User signer, Application application, RulingRow ruling) {
        CatalogMapping mapping = application.certificate().catalogMapping();
        IssuedCertificate issued = new IssuedCertificate(application.id(), ruling.certificateNo, ruling.issuedOn,
                application.applicant().name(), application.applicant().idType(), application.applicant().idNumber(),
                mapping.entry().occupation(), mapping.entry().level(), ruling.evaluationBody, application.acceptanceNo(),
                mapping.entry().region(), signer.login(), clock.instant());
        uow.mapper(CertificateMapper.class).insert(CertificateRow.of(issued));
    }

    private ApplicationStatus move(UnitOfWork uow, User user, Application application, ApplicationStatus from,
                                   StatusAction action, String detail) {
        ApplicationStatus to = Permissions.apply(user, action, from);
        if (uow.mapper(ApplicationMapper.class).updateStatus(application.id(), from, to, clock.instant()) != 1) {
            throw new DomainException("error.intake.changedMeanwhile");
        }
        audit.record(uow, user.login(), AuditAction.STATUS_CHANGED, application.id(),
                from + "->" + to + " " + action + " " + detail);
        return to;
    }

    /** What an export of decisions wrote: one package per application and the batch list. */
    public record DecisionExport(List<Path> packages, Path batchList) {
    }

    /**
     * 导出人社部门意见包: for each application its newest signed-off decision, as a signed package of
     * format 1 (type decision) for the institution, and a batch list (CSV) beside them.
     */
    public DecisionExport exportDecisions(User user, List<Long> applicationIds, Path folder) {
        if (applicationIds.isEmpty()) {
            throw new DomainException("packages.export.nothingSelected");
        }
        if (!Files.isDirectory(folder)) {
            throw new DomainException("packages.export.noFolder", folder.toString());
        }
        transactions.run(uow -> {
            requireDepartment(uow);
            Actors.require(uow, user, Permission.SUPERVISE);
        });
        List<Path> written = new ArrayList<>();
        StringBuilder batch = new StringBuilder("acceptance_no,institution,version,outcome,certificate_no,file\n");
        for (long id : applicationIds) {
            Prepared prepared = transactions.inTransaction(uow -> prepare(uow, id));
            Path file = write(PackageType.DECISION, prepared.application(), prepared.institution(),
                    Map.of(PackageLayout.DECISION_JSON, DecisionJson.write(prepared.document())), folder);
            written.add(file);
            transactions.run(uow -> audit.record(uow, user.login(), AuditAction.PACKAGE_EXPORTED, id,
                    "decision " + file.getFileName()));
            DecisionDocument d = prepared.document();
            batch.append(String.join(",", csv(d.acceptanceNo()), csv(prepared.institution()),
                    Integer.toString(d.submissionVersion()), d.outcome().name(),
                    d.certificate() == null ? "" : d.certificate().number(), csv(file.getFileName().toString())))
                    .append('\n');
        }
        Path list = folder.resolve(String.format(Locale.ROOT, "batch-decision-%d.csv", clock.millis()));
        io(() -> Files.writeString(list, batch, StandardCharsets.UTF_8));
        return new DecisionExport(written, list);
    }

    private record Prepared(Application application, String institution, DecisionDocument document) {
    }

    private Prepared prepare(UnitOfWork uow, long id) {
        Application application = load(uow, id);
        RulingRow ruling = uow.mapper(DepartmentMapper.class).rulings(id).stream()
                .filter(r -> r.state == RulingState.SIGNED_OFF).reduce((a, b) -> b)
                .orElseThrow(() -> new DomainException("department.export.notSignedOff", application.acceptanceNo()));
        Long origin = uow.mapper(PackageMapper.class).originRecordId(id);
        List<SubmissionVersionRow> versions = uow.mapper(DepartmentMapper.class).versions(id);
        String institution = versions.get(versions.size() - 1).sourceOrg;
        CatalogMapping mapping = application.certificate().catalogMapping();
        DecisionDocument.CertificatePart certificate = ruling.outcome == DepartmentOutcome.APPROVED
                ? new DecisionDocument.CertificatePart(ruling.certificateNo, ruling.issuedOn, ruling.evaluationBody,
                        mapping.entry().occupation(), mapping.entry().level())
                : null;
        DecisionDocument document = new DecisionDocument(DecisionDocument.SCHEMA_VERSION, application.acceptanceNo(),
                origin, ruling.versionNo, departmentName(), ruling.outcome, DepartmentOpinions.text(ruling),
                ruling.corrections, LocalDate.ofInstant(ruling.signedOffAt, clock.getZone()), documentNo(ruling),
                certificate, ruling.decidedBy, ruling.signedOffBy, ruling.signedOffAt);
        return new Prepared(shipped(application, origin), institution, document);
    }

    /**
     * 撤销 at the department: the certificate it issued is revoked here and the revocation written as
     * a signed package (type revocation) for the institution.
     */
    public Path revokeAndExport(User user, String certificateNo, String reason, String documentNo, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DomainException("packages.export.noFolder", folder.toString());
        }
        var revocation = transactions.inTransaction(uow -> {
            requireDepartment(uow);
            return revocations.revoke(uow, user, certificateNo, LocalDate.now(clock), reason, documentNo, null);
        });
        Prepared prepared = transactions.inTransaction(uow -> {
            Application application = load(uow, revocation.applicationId());
            Long origin = uow.mapper(PackageMapper.class).originRecordId(application.id());
            List<SubmissionVersionRow> versions = uow.mapper(DepartmentMapper.class).versions(application.id());
            return new Prepared(shipped(application, origin), versions.get(versions.size() - 1).sourceOrg, null);
        });
        RevocationDocument document = new RevocationDocument(RevocationDocument.SCHEMA_VERSION,
                prepared.application().acceptanceNo(), prepared.application().id(), revocation.certificateNo(),
                revocation.revokedOn(), revocation.reason(), revocation.documentNo(), departmentName());
        Path file = write(PackageType.REVOCATION, prepared.application(), prepared.institution(),
                Map.of(PackageLayout.REVOCATION_JSON, DecisionJson.write(document)), folder);
        transactions.run(uow -> audit.record(uow, user.login(), AuditAction.PACKAGE_EXPORTED,
                revocation.applicationId(), "revocation " + file.getFileName()));
        return file;
    }

    /**
     * The application as the package names it: the institution's record number, no photo and no
     * pages (the institution has them); the form is the department's copy with its opinion.
     */
    private static Application shipped(Application a, Long origin) {
        if (origin == null) {
            throw new DomainException("packages.import.noOriginal", a.acceptanceNo());
        }
        return new Application(origin, a.acceptanceNo(), a.status(), a.applicant(), a.certificate(), null, List.of(),
                a.clerk(), a.createdAt(), a.acceptedAt());
    }

    private Path write(PackageType type, Application shipped, String institution, Map<String, byte[]> documents,
                       Path folder) {
        long localId = transactions.inTransaction(uow -> uow.mapper(ApplicationMapper.class)
                .findByAcceptanceNo(shipped.acceptanceNo()).id);
        byte[] form = this.documents.registrationForm(localId);
        PackageContent content = new PackageContent(type, departmentName(), shipped,
                () -> new ByteArrayInputStream(form), () -> {
                    throw new IllegalStateException("a decision package carries no photo");
                }, page -> {
                    throw new IllegalStateException("a decision package carries no pages");
                }, java.util.Optional.empty(), new PackageContent.Extras(documents, Map.of()));
        return io(() -> new PackageWriter(clock).write(content, keys.credentials(), ExportTarget.plain(folder),
                ExportMonitor.NONE));
    }

    private String departmentName() {
        return station.info().orElseThrow().institutionName();
    }

    private String documentNo(RulingRow ruling) {
        String code = station.info().orElseThrow().institutionCode();
        return String.format(Locale.ROOT, "%s-%d-%05d", code, LocalDate.ofInstant(ruling.signedOffAt,
                clock.getZone()).getYear(), ruling.id);
    }

    private static void requireDepartment(UnitOfWork uow) {
        if (StationKinds.of(uow) != StationKind.DEPARTMENT) {
            throw new DomainException("department.notDepartment");
        }
    }

    private static Application load(UnitOfWork uow, long id) {
        ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
        var row = applications.find(id);
        if (row == null) {
            throw new DomainException("error.intake.notFound");
        }
        return row.toApplication(applications.pages(id));
    }

    /** The application with this acceptance number at this station. */
    public long idOf(String acceptanceNo) {
        return intake.findByAcceptanceNo(acceptanceNo)
                .orElseThrow(() -> new DomainException("department.unknownApplication", acceptanceNo)).id();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @FunctionalInterface
    private interface IoWork<T> {
        T get() throws IOException;
    }

    private static <T> T io(IoWork<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
