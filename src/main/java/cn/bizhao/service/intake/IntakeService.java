package cn.bizhao.service.intake;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.IntakeChecklist;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.application.StatusMachine;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.catalog.CatalogMatch;
import cn.bizhao.domain.identity.ApplicationKey;
import cn.bizhao.domain.identity.DuplicateApplicationRule;
import cn.bizhao.domain.identity.IdNumber;
import cn.bizhao.domain.identity.IdentityKey;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.identity.Validation;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.persistence.application.PageRow;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.catalog.CatalogService;
import cn.bizhao.service.change.ChangeTracker;
import cn.bizhao.service.file.FileStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 现场受理: a draft saved as the clerk types, its photo and pages, the catalogue comparison, and
 * then acceptance with a number, or a one-time notice of what is missing.
 */
public final class IntakeService {
    private final Transactions transactions;
    private final CatalogService catalog;
    private final FileStore files;
    private final AuditTrail audit;
    private final IntakeRules rules;
    private final ChangeTracker changes;
    private final Clock clock;

    public IntakeService(Transactions transactions, CatalogService catalog, FileStore files, AuditTrail audit,
                         IntakeRules rules, ChangeTracker changes, Clock clock) {
        this.changes = changes;
        this.transactions = transactions;
        this.catalog = catalog;
        this.files = files;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    public Application startDraft(User clerk) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, clerk, Permission.TAKE_IN);
            ApplicationRow row = new ApplicationRow();
            row.status = ApplicationStatus.DRAFT;
            row.category = Applicant.empty().category();
            row.clerk = clerk.login();
            row.createdAt = clock.instant();
            row.updatedAt = row.createdAt;
            uow.mapper(ApplicationMapper.class).insert(row);
            audit.record(uow, clerk.login(), AuditAction.APPLICATION_CREATED, row.id, "");
            return load(uow, row.id);
        });
    }

    public Application find(long id) {
        return transactions.inTransaction(uow -> load(uow, id));
    }

    /** The application with this internal number, if any: drafts have no acceptance number to find them by. */
    public Optional<Application> findById(long id) {
        return transactions.inTransaction(uow -> Optional.ofNullable(uow.mapper(ApplicationMapper.class).find(id))
                .map(row -> load(uow, row.id)));
    }

    public Optional<Application> findByAcceptanceNo(String acceptanceNo) {
        return transactions.inTransaction(uow -> {
            ApplicationRow row = uow.mapper(ApplicationMapper.class).findByAcceptanceNo(acceptanceNo);
            return Optional.ofNullable(row).map(r -> load(uow, r.id));
        });
    }

    public List<Application> list(ApplicationStatus status) {
        return transactions.inTransaction(uow -> uow.mapper(ApplicationMapper.class).list(status).stream()
                .map(row -> row.toApplication(uow.mapper(ApplicationMapper.class).pages(row.id)))
                .toList());
    }

    /** Saves what the clerk typed, exactly as typed; validation happens beside the field and at acceptance. */
    public Application saveForm(User clerk, long id, Applicant applicant, OverseasCertificate certificate) {
        return saveForm(clerk, id, null, applicant, certificate);
    }

    /**
     * Saves what the clerk typed over the version of the application the screen shows; refused, with
     * nothing saved, when someone else has changed it since.
     *
     * @throws cn.bizhao.domain.ConcurrentChangeException naming who changed it and when
     */
    public Application saveForm(User clerk, long id, int seenVersion, Applicant applicant,
                                OverseasCertificate certificate) {
        return saveForm(clerk, id, Integer.valueOf(seenVersion), applicant, certificate);
    }

    private Application saveForm(User clerk, long id, Integer seenVersion, Applicant applicant,
                                 OverseasCertificate certificate) {
        applicant.requireWithinLimits();
        certificate.requireWithinLimits();
        return transactions.inTransaction(uow -> {
            ApplicationRow row = editable(uow, clerk, id);
            if (seenVersion == null) {
                changes.touch(uow, id, clerk);
            } else {
                changes.touch(uow, id, seenVersion, clerk);
            }
            boolean certificateChanged = !rules.sameCertificate(row.toApplication(List.of()).certificate(), certificate);
            row.setForm(applicant, certificate);
            row.updatedAt = clock.instant();
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            applications.updateForm(row);
            if (certificateChanged && row.catalogEntryNumber != null) {
                // a mapping belongs to the certificate it was made for
                applications.updateCatalogMapping(id, null, null, row.updatedAt);
            }
            return load(uow, id);
        });
    }

    /**
     * Compares the certificate with the current catalogue; a match is stored with the version
     * used, a refusal clears any earlier mapping and is returned for the screen to explain.
     */
    public CatalogMatch compare(User clerk, long id, String region, String project, String level) {
        CatalogMatch match = catalog.match(region, project, level);
        String version = catalog.current().version();
        transactions.run(uow -> {
            editable(uow, clerk, id);
            changes.touch(uow, id, clerk);
            Integer number = match instanceof CatalogMatch.Matched m ? m.entry().number() : null;
            uow.mapper(ApplicationMapper.class).updateCatalogMapping(id, number == null ? null : version, number,
                    clock.instant());
        });
        return match;
    }

    public Application setPhoto(User clerk, long id, byte[] jpeg) {
        return transactions.inTransaction(uow -> {
            editable(uow, clerk, id);
            changes.touch(uow, id, clerk);
            String sha256 = files.store(uow, jpeg, "image/jpeg");
            uow.mapper(ApplicationMapper.class).updatePhoto(id, sha256, clock.instant());
            return load(uow, id);
        });
    }

    public Application addPage(User clerk, long id, MaterialKind kind, PageUpload upload) {
        return transactions.inTransaction(uow -> {
            editable(uow, clerk, id);
            changes.touch(uow, id, clerk);
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            PageRow page = new PageRow();
            page.applicationId = id;
            page.kind = kind;
            page.sequenceNo = (int) applications.pages(id).stream().filter(p -> p.kind == kind).count() + 1;
            page.sha256 = files.store(uow, upload.content(), upload.mediaType());
            page.mediaType = upload.mediaType();
            page.byteSize = upload.content().length;
            applications.insertPage(page);
            return load(uow, id);
        });
    }

    /**
     * Rewrites the pages of one material: the order given (a subset of its page ids), each with
     * its rotation; pages left out are removed.
     */
    public Application arrangePages(User clerk, long id, MaterialKind kind, List<PageArrangement> arrangement) {
        return transactions.inTransaction(uow -> {
            editable(uow, clerk, id);
            changes.touch(uow, id, clerk);
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            List<PageRow> current = applications.pages(id).stream().filter(p -> p.kind == kind).toList();
            List<Long> kept = arrangement.stream().map(PageArrangement::pageId).toList();
            if (!current.stream().map(p -> p.id).toList().containsAll(kept)) {
                throw new DomainException("error.intake.pageNotInMaterial");
            }
            current.stream().filter(p -> !kept.contains(p.id)).forEach(p -> applications.deletePage(p.id));
            for (int i = 0; i < arrangement.size(); i++) {
                applications.updatePageOrder(arrangement.get(i).pageId(), i + 1,
                        Math.floorMod(arrangement.get(i).rotation(), 4));
            }
            audit.record(uow, clerk.login(), AuditAction.MATERIAL_CHANGED, id, kind.name());
            return load(uow, id);
        });
    }

    /** The bytes of a stored photo or page, checked against their SHA-256. */
    public byte[] content(String sha256) {
        return files.read(sha256);
    }

    /** Checks a document number as typed, by its type, with today's date for the birth date. */
    public Validation<IdNumber> checkIdNumber(IdDocumentType type, String typed) {
        return rules.checkIdNumber(type, typed);
    }

    public IntakeChecklist checklist(Application application, boolean pledgeConfirmed) {
        return IntakeChecklist.of(application, pledgeConfirmed);
    }

    /** Open applications of the same person for the same certificate (found, not duplicated). */
    public List<Application> openDuplicatesOf(Application candidate) {
        return transactions.inTransaction(uow -> duplicates(uow, candidate));
    }

    private static List<Application> duplicates(UnitOfWork uow, Application candidate) {
        Optional<ApplicationKey> key = ApplicationKey.of(candidate);
        if (key.isEmpty()) {
            return List.of();
        }
        IdentityKey identity = key.get().person();
        List<Application> samePerson = uow.mapper(ApplicationMapper.class)
                .withIdentity(identity.type(), identity.number()).stream()
                .map(row -> row.toApplication(List.of())).toList();
        return DuplicateApplicationRule.openDuplicatesOf(candidate, samePerson);
    }

    /**
     * 受理: everything on the checklist present and valid, the pledge confirmed; gives the next
     * acceptance number of the year in the same transaction as the status change.
     */
    public Application accept(User clerk, long id, boolean pledgeConfirmed) {
        return transactions.inTransaction(uow -> {
            ApplicationRow row = editable(uow, clerk, id);
            changes.touch(uow, id, clerk);
            Application application = load(uow, id);
            StatusMachine.apply(application.status(), StatusAction.ACCEPT);
            IntakeChecklist checklist = IntakeChecklist.of(application, pledgeConfirmed);
            if (!checklist.isComplete()) {
                throw new IncompleteApplicationException(checklist);
            }
            Applicant normal = rules.requireValid(application.applicant());
            row.setForm(normal, application.certificate());
            row.updatedAt = clock.instant();
            uow.mapper(ApplicationMapper.class).updateForm(row);
            application = load(uow, id);
            rules.requireCurrentCatalogue(application.certificate().catalogMapping(), catalog.current().version());
            List<Application> duplicates = duplicates(uow, application);
            if (!duplicates.isEmpty()) {
                throw new DuplicateApplicationException(duplicates);
            }
            Instant now = clock.instant();
            String number = rules.nextAcceptanceNumber(uow, now);
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            applications.confirmPledge(id, true);
            if (applications.accept(id, number, now) != 1) {
                throw new DomainException("error.intake.changedMeanwhile");
            }
            audit.record(uow, clerk.login(), AuditAction.STATUS_CHANGED, row.id,
                    ApplicationStatus.DRAFT + "->" + ApplicationStatus.ACCEPTED + " " + number);
            return load(uow, id);
        });
    }

    /** 一次性告知书: the application waits for the missing materials (all of them, told at once). */
    public Application awaitMaterials(User clerk, long id) {
        return move(clerk, id, StatusAction.SEND_NOTICE);
    }

    /** The applicant came back with the materials: the draft is open again. */
    public Application resumeWithMaterials(User clerk, long id) {
        return move(clerk, id, StatusAction.SUPPLY_MATERIALS);
    }

    /**
     * The clerk continues an intake: a draft as it stands, one waiting for materials opened again first
     * (the applicant has brought them). Anything past intake is refused.
     */
    public Application continueIntake(User clerk, long id) {
        return transactions.inTransaction(uow -> {
            ApplicationRow row = editable(uow, clerk, id);
            return row.status == ApplicationStatus.AWAITING_MATERIALS
                    ? move(uow, clerk, id, StatusAction.SUPPLY_MATERIALS) : load(uow, id);
        });
    }

    private Application move(User clerk, long id, StatusAction action) {
        return transactions.inTransaction(uow -> move(uow, clerk, id, action));
    }

    private Application move(UnitOfWork uow, User clerk, long id, StatusAction action) {
        Actors.require(uow, clerk, Permission.TAKE_IN);
        Application application = load(uow, id);
        ApplicationStatus to = StatusMachine.apply(application.status(), action);
        changes.touch(uow, id, clerk);
        if (uow.mapper(ApplicationMapper.class).updateStatus(id, application.status(), to, clock.instant()) != 1) {
            throw new DomainException("error.intake.changedMeanwhile");
        }
        audit.record(uow, clerk.login(), AuditAction.STATUS_CHANGED, id, application.status() + "->" + to);
        return load(uow, id);
    }

    /** The application, when the clerk may take it in and it is still open to intake changes. */
    private static ApplicationRow editable(UnitOfWork uow, User clerk, long id) {
        Actors.require(uow, clerk, Permission.TAKE_IN);
        ApplicationRow row = uow.mapper(ApplicationMapper.class).find(id);
        if (row == null) {
            throw new DomainException("error.intake.notFound");
        }
        if (row.status != ApplicationStatus.DRAFT && row.status != ApplicationStatus.AWAITING_MATERIALS) {
            throw new DomainException("error.intake.notEditable", row.status);
        }
        return row;
    }

    private static Application load(UnitOfWork uow, long id) {
        ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
        ApplicationRow row = applications.find(id);
        if (row == null) {
            throw new DomainException("error.intake.notFound");
        }
        return row.toApplication(applications.pages(id));
    }

    /** A page's new place and rotation. */
    public record PageArrangement(long pageId, int rotation) {
    }
}
