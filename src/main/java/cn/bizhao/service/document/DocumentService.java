package cn.bizhao.service.document;

import cn.bizhao.documents.form.RegistrationFormDocument;
import cn.bizhao.documents.notice.MissingMaterialsNoticeDocument;
import cn.bizhao.documents.receipt.AcceptanceReceiptDocument;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.form.RegistrationForm;
import cn.bizhao.domain.form.DepartmentOpinion;
import cn.bizhao.domain.form.StampedOpinion;
import cn.bizhao.domain.notice.MissingMaterialsNotice;
import cn.bizhao.domain.receipt.AcceptanceReceipt;
import cn.bizhao.domain.receipt.ReceivedMaterial;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.persistence.review.ReviewMapper;
import cn.bizhao.persistence.review.ReviewRow;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.account.People;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.service.station.StationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The printed documents of an application, built from what is stored: one place for the window
 * and the command line. Every document is a PDF; preview and print work on those bytes.
 */
public final class DocumentService {
    /** Statuses after the institution's approval: only then is the stamped form printable. */
    private static final Set<ApplicationStatus> APPROVED_OR_LATER = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.SUBMITTED, ApplicationStatus.DEPT_APPROVED, ApplicationStatus.DEPT_RETURNED,
            ApplicationStatus.CERTIFIED);

    private final Transactions transactions;
    private final IntakeService intake;
    private final FileStore files;
    private final StationService station;
    private final AuditTrail audit;
    private final Clock clock;
    private final RegistrationFormDocument forms = new RegistrationFormDocument();
    private final AcceptanceReceiptDocument receipts = new AcceptanceReceiptDocument();
    private final MissingMaterialsNoticeDocument notices = new MissingMaterialsNoticeDocument();

    public DocumentService(Transactions transactions, IntakeService intake, FileStore files, StationService station,
                           AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.intake = intake;
        this.files = files;
        this.station = station;
        this.audit = audit;
        this.clock = clock;
    }

    /** The administrator sets the institution's seal: a PNG whose transparency lets the form show through. */
    public void setSeal(User administrator, byte[] png) {
        SealImage.requireTransparentPng(png);
        transactions.run(uow -> {
            Actors.require(uow, administrator, Permission.ADMINISTER);
            station.setSeal(uow, files.store(uow, png, "image/png"));
            audit.record(uow, administrator.login(), AuditAction.SETTINGS_CHANGED, null, "seal");
        });
    }

    /** The institution's seal as uploaded, for the administrator's settings screen; empty when none is set. */
    public Optional<byte[]> currentSeal(User administrator) {
        transactions.run(uow -> Actors.require(uow, administrator, Permission.ADMINISTER));
        return station.sealSha256().map(files::read);
    }

    private byte[] seal() {
        return station.sealSha256().map(files::read).orElseThrow(() -> new DomainException("error.document.noSeal"));
    }

    private StationInfo stationInfo() {
        return station.info().orElseThrow();
    }

    /** The blank registration form, to hand out. */
    public byte[] blankForm() {
        return forms.blank();
    }

    /** The registration form filled from the application, with its photo. */
    public byte[] registrationForm(long applicationId) {
        return forms.render(form(intake.find(applicationId)));
    }

    /**
     * The supervisor's stamped form: the institution's opinion as the reviewer wrote it, the seal and
     * the date. Only once the supervisor confirmed the reviewer's approval (机构审核通过); every
     * stamped form made is recorded in the audit trail.
     */
    public byte[] stampedForm(User supervisor, long applicationId) {
        String opinion = transactions.inTransaction(uow -> {
            Actors.require(uow, supervisor, Permission.SUPERVISE);
            ApplicationRow row = uow.mapper(ApplicationMapper.class).find(applicationId);
            if (row == null) {
                throw new DomainException("error.intake.notFound");
            }
            boolean confirmed = uow.mapper(ReviewMapper.class).conclusions(applicationId).stream()
                    .anyMatch(c -> c.outcome == Outcome.APPROVE && c.state == ConclusionState.CONFIRMED);
            if (!APPROVED_OR_LATER.contains(row.status) || !confirmed) {
                throw new DomainException("error.document.notApproved", row.status);
            }
            ReviewRow review = uow.mapper(ReviewMapper.class).find(applicationId);
            return review == null ? "" : review.opinion;
        });
        Application application = intake.find(applicationId);
        byte[] pdf = forms.render(form(application).stamped(new StampedOpinion(opinion, seal(), LocalDate.now(clock))));
        audit.record(supervisor.login(), AuditAction.STAMPED_FORM_PRINTED, applicationId, application.acceptanceNo());
        return pdf;
    }

    /** 受理回执 of an accepted application. */
    public byte[] receipt(long applicationId) {
        Application application = intake.find(applicationId);
        if (application.acceptanceNo() == null) {
            throw new DomainException("error.document.notAccepted");
        }
        return receipts.render(new AcceptanceReceipt(stationInfo().institutionName(), application.acceptanceNo(),
                application.applicant().name(), application.applicant().idType(), application.applicant().idNumber(),
                application.certificate(), application.materials().stream().map(ReceivedMaterial::of).toList(),
                LocalDate.ofInstant(application.acceptedAt(), clock.getZone()),
                transactions.inTransaction(uow -> People.of(uow).name(application.clerk()))));
    }

    /** 一次性告知书: every material still missing, told at once. */
    public byte[] notice(long applicationId) {
        Application application = intake.find(applicationId);
        if (application.missingMaterials().isEmpty()) {
            throw new DomainException("error.document.nothingMissing");
        }
        return notices.render(new MissingMaterialsNotice(stationInfo().institutionName(), application.applicant(),
                LocalDate.now(clock), application.missingMaterials()));
    }

    private RegistrationForm form(Application application) {
        byte[] photo = application.photoSha256() == null ? null : intake.content(application.photoSha256());
        DepartmentOpinion department = transactions.inTransaction(uow -> DepartmentOpinions.of(uow, application.id()))
                .orElse(null);
        return new RegistrationForm(application.applicant(), application.certificate(), photo, null, department);
    }
}
