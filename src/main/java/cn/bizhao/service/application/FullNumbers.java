package cn.bizhao.service.application;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;

/**
 * An applicant's document number in full, for the person at the screen who may see the
 * application: screens show it masked, and every showing in full is recorded in the audit trail.
 */
public final class FullNumbers {
    private FullNumbers() {
    }

    public static String show(UnitOfWork uow, AuditTrail audit, User viewer, Permission permission, long id) {
        User stored = Actors.require(uow, viewer, permission);
        ApplicationRow row = uow.mapper(ApplicationMapper.class).find(id);
        if (row == null) {
            throw new DomainException("error.intake.notFound");
        }
        audit.record(uow, stored.login(), AuditAction.FULL_NUMBER_SHOWN, id, "idNumber");
        return row.idNumber;
    }
}
