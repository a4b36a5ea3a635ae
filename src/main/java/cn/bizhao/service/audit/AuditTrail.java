package cn.bizhao.service.audit;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditChain;
import cn.bizhao.domain.audit.AuditEntry;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.audit.ChainBreak;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.audit.AuditMapper;
import cn.bizhao.persistence.audit.AuditRow;
import java.time.Clock;
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
}
