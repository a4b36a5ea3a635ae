package cn.bizhao.service.certificate;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.certificate.Revocation;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.certificate.CertificateMapper;
import cn.bizhao.persistence.certificate.CertificateRow;
import cn.bizhao.persistence.department.DepartmentMapper;
import cn.bizhao.persistence.department.RevocationRow;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 撤销证书 (the pledge: 如有虚假…取消比照资格及相关证书): the department revokes a certificate it issued,
 * or the institution's supervisor records the revocation on the department's written instruction.
 * The certificate stays in the register, marked revoked; the application becomes REVOKED.
 */
public final class RevocationService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public RevocationService(Transactions transactions, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Revokes the certificate with the reason and the number of the document that orders it. */
    public Revocation revoke(User supervisor, String certificateNo, String reason, String documentNo) {
        return transactions.inTransaction(uow -> revoke(uow, supervisor, certificateNo, LocalDate.now(clock), reason,
                documentNo, null));
    }

    /**
     * Within the caller's unit of work; {@code packageId} names the department's signed package it
     * came in, null when recorded here.
     */
    public Revocation revoke(UnitOfWork uow, User supervisor, String certificateNo, LocalDate revokedOn, String reason,
                             String documentNo, String packageId) {
        if (reason == null || reason.isBlank() || documentNo == null || documentNo.isBlank()) {
            throw new DomainException("revocation.incomplete");
        }
        TextField.DECISION_NOTE.require(reason);
        TextField.DOCUMENT_NO.require(documentNo);
        if (revokedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("error.review.dateInFuture");
        }
        User actor = Actors.require(uow, supervisor, Permission.SUPERVISE);
        String number = certificateNo == null ? "" : certificateNo.strip().toUpperCase(Locale.ROOT);
        CertificateRow certificate = uow.mapper(CertificateMapper.class).findByNumber(number);
        if (certificate == null) {
            throw new DomainException("revocation.unknownCertificate", number);
        }
        DepartmentMapper mapper = uow.mapper(DepartmentMapper.class);
        if (mapper.revocation(certificate.applicationId) != null) {
            throw new DomainException("revocation.already", number);
        }
        var application = uow.mapper(ApplicationMapper.class).find(certificate.applicationId);
        var to = cn.bizhao.domain.user.Permissions.apply(actor, StatusAction.REVOKE, application.status);
        if (uow.mapper(ApplicationMapper.class).updateStatus(application.id, application.status, to,
                clock.instant()) != 1) {
            throw new DomainException("error.intake.changedMeanwhile");
        }
        RevocationRow row = new RevocationRow();
        row.applicationId = certificate.applicationId;
        row.certificateNo = number;
        row.revokedOn = revokedOn;
        row.reason = reason.strip();
        row.documentNo = documentNo.strip();
        row.packageId = packageId;
        row.recordedBy = supervisor.login();
        row.recordedAt = clock.instant();
        mapper.insertRevocation(row);
        audit.record(uow, supervisor.login(), AuditAction.STATUS_CHANGED, application.id,
                application.status + "->" + to + " " + StatusAction.REVOKE + " " + number + " " + row.documentNo
                        + (packageId == null ? "" : " revocation " + packageId));
        return row.toRevocation();
    }

    /** Every certificate revoked, for the register and the statistics. */
    public List<Revocation> revocations(User supervisor) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, supervisor, Permission.SUPERVISE);
            return uow.mapper(DepartmentMapper.class).revocations().stream().map(RevocationRow::toRevocation).toList();
        });
    }
}
