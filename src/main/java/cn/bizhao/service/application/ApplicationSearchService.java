package cn.bizhao.service.application;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.StatusChange;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.identity.NumberText;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.LikePattern;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationCriteria;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.FoundRow;
import cn.bizhao.persistence.audit.AuditMapper;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.account.People;
import cn.bizhao.service.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 申请查询: any application the station holds, found by its number, the applicant, the document
 * number, a certificate number, its status, the days of acceptance or the mapped occupation, with
 * where it stands. The window and the command line search through here alike.
 */
public final class ApplicationSearchService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ApplicationSearchService(Transactions transactions, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The applications matching, newest first, document numbers masked. */
    public SearchResult search(User reader, ApplicationQuery query) {
        ApplicationCriteria criteria = criteria(query);
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reader, Permission.FIND_APPLICATIONS);
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            List<FoundApplication> found = applications.search(criteria).stream()
                    .map(ApplicationSearchService::found).toList();
            boolean cut = query.limit() != null && found.size() == query.limit();
            return new SearchResult(found, cut ? applications.count(criteria) : found.size());
        });
    }

    /** One application as the search shows it, with its status history from the audit trail. */
    public ApplicationOverview overview(User reader, long id) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reader, Permission.FIND_APPLICATIONS);
            FoundApplication application = find(uow, id);
            People people = People.of(uow);
            List<StatusChange> history = uow.mapper(AuditMapper.class).forApplication(id).stream()
                    .map(StatusChange::of).flatMap(Optional::stream)
                    .map(c -> new StatusChange(c.at(), people.name(c.actor()), c.from(), c.to(), c.action(), c.note()))
                    .toList();
            return new ApplicationOverview(application, history);
        });
    }

    /** The document number in full, for the person at the screen; recorded in the audit trail. */
    public String fullIdNumber(User reader, long id) {
        return transactions.inTransaction(uow -> FullNumbers.show(uow, audit, reader, Permission.FIND_APPLICATIONS, id));
    }

    private static FoundApplication find(UnitOfWork uow, long id) {
        return uow.mapper(ApplicationMapper.class).search(ApplicationCriteria.byId(id)).stream().findFirst()
                .map(ApplicationSearchService::found)
                .orElseThrow(() -> new DomainException("error.intake.notFound"));
    }

    private ApplicationCriteria criteria(ApplicationQuery query) {
        LocalDate from = query.acceptedFrom();
        LocalDate to = query.acceptedTo();
        if (from != null && to != null && from.isAfter(to)) {
            throw new DomainException("error.applications.periodReversed", from.toString(), to.toString());
        }
        if (query.limit() != null && query.limit() < 1) {
            throw new DomainException("error.applications.limit", query.limit());
        }
        String number = NumberText.canonical(query.documentNumber());
        String occupation = query.occupation() == null || query.occupation().isBlank() ? null
                : query.occupation().strip();
        return new ApplicationCriteria(null, LikePattern.containing(query.acceptanceNo()),
                LikePattern.containing(query.name()), number.isEmpty() ? null : number,
                LikePattern.containing(query.certificateNo()), query.status(), start(from),
                to == null ? null : start(to.plusDays(1)), occupation, query.limit());
    }

    /** The first moment of the day at the station. */
    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static FoundApplication found(FoundRow row) {
        return new FoundApplication(row.id, row.acceptanceNo, row.status, row.name,
                Masking.maskDocumentNumber(row.idNumber), row.certName, row.certProject, row.certLevel,
                row.catalogVersion, row.catalogOccupation, row.catalogSkillLevel, row.clerk,
                row.clerkName == null ? row.clerk : row.clerkName, row.createdAt, row.acceptedAt);
    }
}
