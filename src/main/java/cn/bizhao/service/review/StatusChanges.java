package cn.bizhao.service.review;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.change.ChangeTracker;
import java.time.Clock;

/**
 * A status change inside a unit of work: the actor's permission (as stored), then the state machine,
 * then the row changed only if nobody moved it meanwhile, and the change in the audit trail. Every
 * status change after intake goes through here; the export of packages may use it for SUBMIT.
 */
public final class StatusChanges {
    private final AuditTrail audit;
    private final Clock clock;

    public StatusChanges(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The application as stored, refused when it does not exist. */
    public static Application load(UnitOfWork uow, long id) {
        ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
        ApplicationRow row = applications.find(id);
        if (row == null) {
            throw new DomainException("error.intake.notFound");
        }
        return row.toApplication(applications.pages(id));
    }

    /**
     * Checks that the actor may take the action now, without changing anything.
     *
     * @return the status the action would lead to
     */
    public ApplicationStatus check(UnitOfWork uow, User actor, Application application, StatusAction action) {
        User stored = Actors.require(uow, actor, Permissions.requiredFor(action));
        return Permissions.apply(stored, action, application.status());
    }

    /** Takes the action; {@code detail} is added to the audit record after the statuses. */
    public Application move(UnitOfWork uow, User actor, long id, StatusAction action, String detail) {
        Application application = load(uow, id);
        ApplicationStatus to = check(uow, actor, application, action);
        ChangeTracker.touch(uow, id, actor.login(), clock.instant());
        if (uow.mapper(ApplicationMapper.class).updateStatus(id, application.status(), to, clock.instant()) != 1) {
            throw new DomainException("error.intake.changedMeanwhile");
        }
        String text = application.status() + "->" + to + " " + action + (detail == null || detail.isBlank() ? "" : " " + detail);
        audit.record(uow, actor.login(), AuditAction.STATUS_CHANGED, id, text);
        return load(uow, id);
    }
}
