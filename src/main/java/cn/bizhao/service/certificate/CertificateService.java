package cn.bizhao.service.certificate;

import cn.bizhao.documents.register.CertificateRegister;
import cn.bizhao.documents.register.CertificateRegisterDocument;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.certificate.IssuedCertificate;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.persistence.LikePattern;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.certificate.CertificateMapper;
import cn.bizhao.persistence.certificate.CertificateRow;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.station.StationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 证书发放登记: the register of issued certificates, searched and printed. The certificates
 * themselves are recorded by the supervisor (SupervisionService.recordCertificate).
 */
public final class CertificateService {
    private final Transactions transactions;
    private final StationService station;
    private final AuditTrail audit;
    private final Clock clock;
    private final CertificateRegisterDocument document = new CertificateRegisterDocument();

    public CertificateService(Transactions transactions, StationService station, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.station = station;
        this.audit = audit;
        this.clock = clock;
    }

    /** Certificates issued in the period (inclusive, either end open) whose number, holder, number or occupation holds the text. */
    public List<IssuedCertificate> register(User supervisor, String text, LocalDate from, LocalDate to) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, supervisor, Permission.SUPERVISE);
            return search(uow, text, from, to);
        });
    }

    /** The register as PDF, with the search printed under the title; printing it is recorded in the audit trail. */
    public byte[] registerPdf(User supervisor, String text, LocalDate from, LocalDate to) {
        String selection = selection(text, from, to);
        List<IssuedCertificate> certificates = transactions.inTransaction(uow -> {
            Actors.require(uow, supervisor, Permission.SUPERVISE);
            List<IssuedCertificate> found = search(uow, text, from, to);
            audit.record(uow, supervisor.login(), AuditAction.DOCUMENT_PRINTED, null,
                    "certificate register: " + found.size() + " [" + selection + "]");
            return found;
        });
        String institution = station.info().map(s -> s.institutionName())
                .orElseThrow(() -> new DomainException("error.intake.notFound"));
        return document.render(new CertificateRegister(institution, LocalDate.now(clock), selection, certificates));
    }

    /** How the search reads, in the official Chinese of printed documents. */
    private static String selection(String text, LocalDate from, LocalDate to) {
        Messages official = Messages.chinese();
        return official.get("certificates.selection",
                text == null || text.isBlank() ? official.get("certificates.selection.any") : text.strip(),
                from == null ? "" : from.toString(), to == null ? "" : to.toString());
    }

    private static List<IssuedCertificate> search(UnitOfWork uow, String text, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new DomainException("error.certificate.periodReversed");
        }
        return uow.mapper(CertificateMapper.class).search(LikePattern.containing(text), from, to).stream()
                .map(CertificateRow::toCertificate).toList();
    }
}
