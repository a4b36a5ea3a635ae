package cn.bizhao.service.review;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.certificate.CertificateNumber;
import cn.bizhao.domain.certificate.IssuedCertificate;
import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.certificate.CertificateMapper;
import cn.bizhao.persistence.certificate.CertificateRow;
import cn.bizhao.persistence.review.DepartmentDecisionRow;
import cn.bizhao.persistence.review.ReviewMapper;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.application.FullNumbers;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.intake.PageUpload;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervisor's part (DESIGN.md section 1): confirming or sending back the reviewer's conclusion,
 * the submission to the regional department, its decision with the scan of the reply, the issued
 * certificate, and an applicant's withdrawal. Every change is audited.
 */
public final class SupervisionService {
    private final Transactions transactions;
    private final FileStore files;
    private final AuditTrail audit;
    private final StatusChanges statuses;
    private final Clock clock;

    public SupervisionService(Transactions transactions, FileStore files, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.files = files;
        this.audit = audit;
        this.statuses = new StatusChanges(audit, clock);
        this.clock = clock;
    }

    /**
     * Applications in the filter's statuses that wait for the supervisor: those in review only when
     * their conclusion waits.
     */
    public List<WorkItem> worklist(User supervisor, ReviewFilter filter) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, supervisor, Permission.SUPERVISE);
            return Worklists.search(uow, filter, false, clock).stream()
                    .filter(item -> item.status() != ApplicationStatus.IN_REVIEW || item.awaitingSupervisor()).toList();
        });
    }

    public ReviewFile open(User supervisor, long id) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, supervisor, Permission.SUPERVISE);
            return ReviewFiles.file(uow, id);
        });
    }

    /** The document number in full for the supervisor; recorded in the audit trail. */
    public String fullIdNumber(User supervisor, long id) {
        return transactions.inTransaction(uow -> FullNumbers.show(uow, audit, supervisor, Permission.SUPERVISE, id));
    }

    /** Confirms the pending conclusion: the status changes as the reviewer proposed (机构审核通过 for APPROVE). */
    public ReviewFile confirm(User supervisor, long id, String note) {
        TextField.SUPERVISOR_NOTE.require(note);
        return transactions.inTransaction(uow -> {
            Conclusion pending = pending(uow, supervisor, id);
            // the supervisor's note is the status history's note of the move; the conclusion's record keeps its number
            statuses.move(uow, supervisor, id, pending.outcome().action(), note == null ? "" : note.strip());
            decide(uow, supervisor, id, pending, ConclusionState.CONFIRMED, note);
            return ReviewFiles.file(uow, id);
        });
    }

    /** Sends the pending conclusion back to the reviewer with the reason; the review goes on. */
    public ReviewFile sendBack(User supervisor, long id, String note) {
        if (note == null || note.isBlank()) {
            throw new DomainException("error.supervision.reasonRequired");
        }
        TextField.SUPERVISOR_NOTE.require(note);
        return transactions.inTransaction(uow -> {
            Conclusion pending = pending(uow, supervisor, id);
            decide(uow, supervisor, id, pending, ConclusionState.SENT_BACK, note);
            return ReviewFiles.file(uow, id);
        });
    }

    private Conclusion pending(UnitOfWork uow, User supervisor, long id) {
        Actors.require(uow, supervisor, Permission.SUPERVISE);
        Conclusion conclusion = ReviewFiles.review(uow, id).conclusion();
        if (conclusion == null || !conclusion.isPending()) {
            throw new DomainException("error.supervision.nothingPending");
        }
        return conclusion;
    }

    private void decide(UnitOfWork uow, User supervisor, long id, Conclusion conclusion, ConclusionState state,
                        String note) {
        String text = note == null ? "" : note.strip();
        if (uow.mapper(ReviewMapper.class).decideConclusion(conclusion.id(), state, supervisor.login(), text,
                clock.instant()) != 1) {
            throw new DomainException("error.intake.changedMeanwhile");
        }
        audit.record(uow, supervisor.login(), AuditAction.APPLICATION_EDITED, id,
                Changes.of("conclusion " + conclusion.id()).field("state", ConclusionState.PENDING, state)
                        .field("supervisorNote", null, text).toString());
    }

    /**
     * 报送: records that the approved application went to the regional department by a way other
     * than this program's package export (on paper, through the department's platform). The export
     * of a package makes the same status change.
     */
    public ReviewFile recordSubmission(User supervisor, long id, String note) {
        return transactions.inTransaction(uow -> {
            statuses.move(uow, supervisor, id, StatusAction.SUBMIT, note);
            return ReviewFiles.file(uow, id);
        });
    }

    /** 自治区人社部门意见: approved or returned, its date and document number, and the scan of the reply. */
    public ReviewFile recordDepartmentDecision(User supervisor, long id, DepartmentOutcome outcome, LocalDate decidedOn,
                                               String documentNo, String note, PageUpload reply) {
        TextField.DOCUMENT_NO.require(documentNo);
        TextField.DECISION_NOTE.require(note);
        if (outcome == null || decidedOn == null || documentNo == null || documentNo.isBlank()) {
            throw new DomainException("error.supervision.decisionIncomplete");
        }
        if (decidedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("error.review.dateInFuture");
        }
        return transactions.inTransaction(uow -> {
            Application application = StatusChanges.load(uow, id);
            statuses.check(uow, supervisor, application, outcome.action());
            DepartmentDecisionRow row = new DepartmentDecisionRow();
            row.applicationId = id;
            row.outcome = outcome;
            row.decidedOn = decidedOn;
            row.documentNo = documentNo.strip();
            row.note = note == null ? "" : note.strip();
            if (reply != null) {
                row.replySha256 = files.store(uow, reply.content(), reply.mediaType());
                row.replyMediaType = reply.mediaType();
                row.replyByteSize = (long) reply.content().length;
            }
            row.recordedBy = supervisor.login();
            row.recordedAt = clock.instant();
            uow.mapper(ReviewMapper.class).insertDepartmentDecision(row);
            audit.record(uow, supervisor.login(), AuditAction.APPLICATION_EDITED, id, Changes.of("department decision")
                    .field("outcome", null, outcome).field("decidedOn", null, decidedOn)
                    .field("documentNo", null, row.documentNo).field("note", null, row.note)
                    .field("reply", null, row.replySha256).toString());
            statuses.move(uow, supervisor, id, outcome.action(), row.documentNo);
            return ReviewFiles.file(uow, id);
        });
    }

    /**
     * 发证: the certificate number (its level digit must be the mapped level's), the date of issue and
     * the evaluation institution; the occupation and level come from the catalogue mapping.
     */
    public ReviewFile recordCertificate(User supervisor, long id, String number, LocalDate issuedOn,
                                        String evaluationInstitution) {
        TextField.EVALUATION_INSTITUTION.require(evaluationInstitution);
        if (issuedOn == null || evaluationInstitution == null || evaluationInstitution.isBlank()) {
            throw new DomainException("error.certificate.incomplete");
        }
        if (issuedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("error.review.dateInFuture");
        }
        return transactions.inTransaction(uow -> {
            Application application = StatusChanges.load(uow, id);
            statuses.check(uow, supervisor, application, StatusAction.RECORD_CERTIFICATE);
            CatalogMapping mapping = application.certificate().catalogMapping();
            if (mapping == null) {
                throw new DomainException("error.certificate.noMapping");
            }
            String checked = CertificateNumber.require(number, mapping.entry().level());
            CertificateMapper certificates = uow.mapper(CertificateMapper.class);
            if (certificates.findByNumber(checked) != null) {
                throw new DomainException("error.certificate.numberTaken", checked);
            }
            IssuedCertificate issued = new IssuedCertificate(id, checked, issuedOn, application.applicant().name(),
                    application.applicant().idType(), application.applicant().idNumber(), mapping.entry().occupation(),
                    mapping.entry().level(), evaluationInstitution.strip(), application.acceptanceNo(),
                    mapping.entry().region(), supervisor.login(), clock.instant());
            certificates.insert(CertificateRow.of(issued));
            audit.record(uow, supervisor.login(), AuditAction.APPLICATION_EDITED, id, Changes.of("certificate")
                    .field("number", null, checked).field("issuedOn", null, issuedOn)
                    .field("occupation", null, issued.occupation()).field("level", null, issued.level())
                    .field("evaluationInstitution", null, issued.evaluationInstitution()).toString());
            statuses.move(uow, supervisor, id, StatusAction.RECORD_CERTIFICATE, checked);
            return ReviewFiles.file(uow, id);
        });
    }

    /** 申请人撤回: the applicant's written request, recorded by the clerk or the supervisor. */
    public ReviewFile recordWithdrawal(User actor, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            Permissions.require(actor, Permission.RECORD_WITHDRAWAL);
            throw new DomainException("error.supervision.reasonRequired");
        }
        return transactions.inTransaction(uow -> {
            statuses.move(uow, actor, id, StatusAction.WITHDRAW, reason.strip());
            return ReviewFiles.file(uow, id);
        });
    }

    /** Today in the station's time zone, for the dates a screen proposes. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
