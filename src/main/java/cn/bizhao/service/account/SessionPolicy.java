package cn.bizhao.service.account;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.station.StationSettingMapper;
import cn.bizhao.service.station.StationService;
import java.time.Duration;

/**
 * How long a session may sit idle before the screen locks. A station setting: the counter is often left
 * alone with an applicant's data on screen, so the administrator chooses how patient it is.
 */
public final class SessionPolicy {
    static final String IDLE_LOCK_MINUTES = "session.idleLockMinutes";
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    public static final int MIN_IDLE_LOCK_MINUTES = 1;
    public static final int MAX_IDLE_LOCK_MINUTES = 120;

    private final Transactions transactions;

    public SessionPolicy(Transactions transactions) {
        this.transactions = transactions;
    }

    public int idleLockMinutes() {
        String stored = transactions.inTransaction(uow -> uow.mapper(StationSettingMapper.class).find(IDLE_LOCK_MINUTES));
        return stored == null ? DEFAULT_IDLE_LOCK_MINUTES : Integer.parseInt(stored);
    }

    public Duration idleLockTime() {
        return Duration.ofMinutes(idleLockMinutes());
    }

    /** Only the administrator changes it; takes effect at each user's next sign-in. */
    public void changeIdleLockMinutes(User actor, int minutes) {
        if (minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
            throw new DomainException("error.session.idleMinutesRange", MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES);
        }
        transactions.run(uow -> {
            Actors.require(uow, actor, Permission.ADMINISTER);
            StationService.put(uow, IDLE_LOCK_MINUTES, Integer.toString(minutes));
        });
    }
}
