package cn.bizhao.service.review;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.persistence.application.PageRow;
import cn.bizhao.persistence.packages.PackageMapper;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.intake.PageUpload;
import java.time.Clock;
import java.util.List;

/**
 * 补正: an application sent back (退回补正 by the institution's review, 人社部门退回 by the department)
 * is corrected at the counter: pages added to its materials, the applicant's fields corrected, each
 * change in the audit trail with the value before and after, nothing removed. After 退回补正 the
 * clerk then sends the file back to review; after 人社部门退回 the supervisor submits it again as
 * the next version of the submission.
 */
public final class CorrectionService {
    private final Transactions transactions;
    private final FileStore files;
    private final AuditTrail audit;
    private final StatusChanges statuses;
    private final Clock clock;

    public CorrectionService(Transactions transactions, FileStore files, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.files = files;
        this.audit = audit;
        this.statuses = new StatusChanges(audit, clock);
        this.clock = clock;
    }

    /** Adds a page to a material; the pages already there stay. */
    public Application addPage(User clerk, long id, MaterialKind kind, PageUpload upload) {
        return transactions.inTransaction(uow -> {
            correctable(uow, clerk, id);
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            PageRow page = new PageRow();
            page.applicationId = id;
            page.kind = kind;
            page.sequenceNo = (int) applications.pages(id).stream().filter(p -> p.kind == kind).count() + 1;
            page.sha256 = files.store(uow, upload.content(), upload.mediaType());
            page.mediaType = upload.mediaType();
            page.byteSize = upload.content().length;
            applications.insertPage(page);
            audit.record(uow, clerk.login(), AuditAction.APPLICATION_EDITED, id, Changes.of("correction")
                    .field("page " + kind + " " + page.sequenceNo, null, page.sha256).toString());
            return StatusChanges.load(uow, id);
        });
    }

    /** Corrects the applicant's fields; the overseas certificate and its catalogue mapping stay as reviewed. */
    public Application correctApplicant(User clerk, long id, Applicant corrected) {
        corrected.requireWithinLimits();
        return transactions.inTransaction(uow -> {
            ApplicationRow row = correctable(uow, clerk, id);
            Application before = row.toApplication(List.of());
            Changes changes = changes(before.applicant(), corrected);
            if (changes.isEmpty()) {
                return StatusChanges.load(uow, id);
            }
            row.setForm(corrected, before.certificate());
            row.updatedAt = clock.instant();
            if (uow.mapper(ApplicationMapper.class).updateForm(row) != 1) {
                throw new DomainException("error.intake.changedMeanwhile");
            }
            audit.record(uow, clerk.login(), AuditAction.APPLICATION_EDITED, id, changes.toString());
            return StatusChanges.load(uow, id);
        });
    }

    /** 退回补正, corrected: the file goes back to the reviewer. */
    public Application resumeReview(User clerk, long id, String note) {
        return transactions.inTransaction(uow -> statuses.move(uow, clerk, id, StatusAction.RESUME_REVIEW,
                note == null ? "" : note.strip()));
    }

    private static ApplicationRow correctable(UnitOfWork uow, User clerk, long id) {
        Actors.require(uow, clerk, Permission.TAKE_IN);
        ApplicationRow row = uow.mapper(ApplicationMapper.class).find(id);
        if (row == null) {
            throw new DomainException("error.intake.notFound");
        }
        if (!row.status.awaitsCorrection()) {
            throw new DomainException("correction.notReturned", row.status);
        }
        if (uow.mapper(PackageMapper.class).originRecordId(id) != null) {
            // a copy taken in from another station is corrected where it came from
            throw new DomainException("correction.imported");
        }
        return row;
    }

    private static Changes changes(Applicant a, Applicant b) {
        return Changes.of("correction").field("name", a.name(), b.name()).field("gender", a.gender(), b.gender())
                .field("nationality", a.nationality(), b.nationality()).field("education", a.education(), b.education())
                .field("schoolAndMajor", a.schoolAndMajor(), b.schoolAndMajor()).field("idType", a.idType(), b.idType())
                .field("idNumber", a.idNumber(), b.idNumber()).field("employer", a.employer(), b.employer())
                .field("employerCreditCode", a.employerCreditCode(), b.employerCreditCode())
                .field("address", a.address(), b.address()).field("phone", a.phone(), b.phone())
                .field("currentOccupation", a.currentOccupation(), b.currentOccupation())
                .field("yearsInOccupation", a.yearsInOccupation(), b.yearsInOccupation())
                .field("category", a.category(), b.category()).field("foreignNational", a.foreignNational(), b.foreignNational());
    }
}
