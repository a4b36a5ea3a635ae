package cn.bizhao.service.change;

import cn.bizhao.domain.ConcurrentChangeException;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.change.ChangeMapper;
import cn.bizhao.persistence.change.LastChange;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Concurrent writers on one set of data: every change to an application raises its version (the
 * optimistic lock) and the one change counter that the screens of other stations poll. A save
 * against an older version is refused with who changed the application and when.
 */
public final class ChangeTracker {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Transactions transactions;
    private final Clock clock;

    public ChangeTracker(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Counts a change in the caller's unit of work. Called before any other write of the unit of work
     * (the audit trail calls it first too), so every writer takes the counter before other locks.
     */
    public static void count(UnitOfWork uow) {
        uow.mapper(ChangeMapper.class).countChange();
    }

    /** The application changed, whatever version the actor saw (status moves, pages, the photo). */
    public void touch(UnitOfWork uow, long id, User actor) {
        touch(uow, id, actor.login(), clock.instant());
    }

    /** As {@link #touch(UnitOfWork, long, User)}, for services that keep their own clock. */
    public static void touch(UnitOfWork uow, long id, String login, Instant now) {
        count(uow);
        if (uow.mapper(ChangeMapper.class).raiseVersion(id, null, login, now) != 1) {
            throw new DomainException("error.intake.notFound");
        }
    }

    /** When, as the messages show it: in the station's zone, to the second. */
    public String shown(Instant at) {
        return SHOWN.format(at.atZone(clock.getZone()));
    }

    /**
     * The application changed from the version the actor saw; refused when someone else has changed it
     * since.
     *
     * @throws ConcurrentChangeException naming who changed it and when, in the station's zone
     */
    public void touch(UnitOfWork uow, long id, int seenVersion, User actor) {
        count(uow);
        ChangeMapper changes = uow.mapper(ChangeMapper.class);
        if (changes.raiseVersion(id, seenVersion, actor.login(), clock.instant()) == 1) {
            return;
        }
        LastChange last = changes.lastChange(id);
        if (last == null) {
            throw new DomainException("error.intake.notFound");
        }
        throw refused(last);
    }

    /**
     * Refuses, changing nothing, when the application is no longer at the version the actor saw (a draft
     * is kept without raising the version).
     *
     * @throws ConcurrentChangeException naming who changed it and when, in the station's zone
     */
    public void requireUnchanged(UnitOfWork uow, long id, int seenVersion) {
        LastChange last = uow.mapper(ChangeMapper.class).lastChange(id);
        if (last == null) {
            throw new DomainException("error.intake.notFound");
        }
        if (last.version() != seenVersion) {
            throw refused(last);
        }
    }

    private ConcurrentChangeException refused(LastChange last) {
        String who = last.displayName() != null ? last.displayName() : last.login() == null ? "" : last.login();
        return new ConcurrentChangeException(who, shown(last.at()), last.version());
    }

    /** How many changes have been committed so far: a screen reads again when this has moved. */
    public long changeCount() {
        return transactions.inTransaction(uow -> uow.mapper(ChangeMapper.class).changeCount());
    }
}
