package cn.bizhao.service.audit;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditChain;
import cn.bizhao.domain.audit.AuditEntry;
import cn.bizhao.domain.audit.AuditLine;
import cn.bizhao.domain.audit.AuditQuery;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.audit.ChainBreak;
import cn.bizhao.domain.audit.ChainReport;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.audit.AuditMapper;
import cn.bizhao.persistence.audit.AuditRow;
import cn.bizhao.persistence.audit.AuditSearch;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.change.ChangeTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * The hash-chained audit trail. A record is written inside the transaction of the change it
 * describes, so the change and its record are committed together or not at all.
 */
public final class AuditTrail {
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<String> stationName;

    public AuditTrail(Transactions transactions, Clock clock, Supplier<String> stationName) {
        this.transactions = transactions;
        this.clock = clock;
        this.stationName = stationName;
    }

    public void record(UnitOfWork uow, String actor, AuditAction action, Long applicationId, String detail) {
        // the change counter first: every writer takes it before the trail, so none waits in a circle
        ChangeTracker.count(uow);
        AuditMapper trail = uow.mapper(AuditMapper.class);
        trail.lockTrail();
        String previous = trail.lastHash();
        if (previous == null) {
            previous = AuditChain.GENESIS;
        }
        AuditEntry entry = new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, stationName.get(),
                action, applicationId, detail);
        trail.insert(new AuditRow(entry.recordedAt(), entry.actor(), entry.station(), entry.action(),
                entry.applicationId(), entry.detail(), previous, AuditChain.hash(previous, entry)));
    }

    /** Records a change that has no other database work of its own. */
    public void record(String actor, AuditAction action, Long applicationId, String detail) {
        transactions.run(uow -> record(uow, actor, action, applicationId, detail));
    }

    public List<AuditRecord> all() {
        return transactions.inTransaction(uow -> uow.mapper(AuditMapper.class).all());
    }

    public List<AuditRecord> forApplication(long applicationId) {
        return transactions.inTransaction(uow -> uow.mapper(AuditMapper.class).forApplication(applicationId));
    }

    public List<ChainBreak> verify() {
        return AuditChain.verify(all());
    }

    /**
     * Checks the whole chain. It needs no permission: the report names record numbers and kinds of
     * break only, never what a record says (see README, "Audit trail").
     */
    public ChainReport check() {
        return ChainReport.of(all());
    }

    /** The records matching the query, oldest first, for a reader holding {@link Permission#READ_AUDIT_TRAIL}. */
    public List<AuditLine> search(User reader, AuditQuery query) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reader, Permission.READ_AUDIT_TRAIL);
            return uow.mapper(AuditMapper.class).search(search(query));
        });
    }

    /** Everyone who appears in the trail, for the reader's filter. */
    public List<String> actors(User reader) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reader, Permission.READ_AUDIT_TRAIL);
            return uow.mapper(AuditMapper.class).actors();
        });
    }

    /**
     * Writes the records matching the query as CSV, each with the chain's verdict on it, and records the
     * export in the trail itself; when writing fails nothing is recorded.
     *
     * @return how many records were written
     */
    public int export(User reader, AuditQuery query, AuditCsv csv, Writer out) {
        return transactions.inTransaction(uow -> {
            User stored = Actors.require(uow, reader, Permission.READ_AUDIT_TRAIL);
            AuditMapper trail = uow.mapper(AuditMapper.class);
            List<AuditLine> lines = trail.search(search(query));
            ChainReport chain = ChainReport.of(trail.all());
            try {
                csv.write(lines, chain, clock.getZone(), out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            record(uow, stored.login(), AuditAction.AUDIT_TRAIL_EXPORTED, null, describe(query, lines.size()));
            return lines.size();
        });
    }

    /** Today in the station's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The station's time zone, in which days of the filter begin and times are shown. */
    public ZoneId zone() {
        return clock.getZone();
    }

    private AuditSearch search(AuditQuery query) {
        return new AuditSearch(start(query.from()), query.to() == null ? null : start(query.to().plusDays(1)),
                query.actor(), query.action(), query.application(), query.applicationId());
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The detail of an export record: the filter used, in plain key=value form, and the count. */
    private static String describe(AuditQuery query, int count) {
        StringBuilder detail = new StringBuilder("records=").append(count);
        if (query.from() != null) {
            detail.append(" from=").append(query.from());
        }
        if (query.to() != null) {
            detail.append(" to=").append(query.to());
        }
        if (query.actor() != null) {
            detail.append(" actor=").append(query.actor());
        }
        if (query.action() != null) {
            detail.append(" action=").append(query.action().name());
        }
        if (query.application() != null) {
            detail.append(" application=").append(query.application());
        }
        return detail.toString();
    }
}
