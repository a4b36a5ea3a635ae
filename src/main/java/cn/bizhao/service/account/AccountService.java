package cn.bizhao.service.account;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.LoginName;
import cn.bizhao.domain.user.PasswordRule;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.user.UserMapper;
import cn.bizhao.persistence.user.UserRow;
import cn.bizhao.security.password.PasswordHasher;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.service.station.StationService;
import cn.bizhao.service.station.WorkstationService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Users of the station: the first administrator, signing in, and changing one's own password. */
public final class AccountService {
    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditTrail audit;

    private final StationService station;
    private final WorkstationService workstation;

    public AccountService(Transactions transactions, PasswordHasher hasher, Clock clock, AuditTrail audit,
                          StationService station, WorkstationService workstation) {
        this.audit = audit;
        this.station = station;
        this.workstation = workstation;
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** True until the first administrator has been created: there is no default password. */
    public boolean needsFirstAdministrator() {
        return transactions.inTransaction(uow -> uow.mapper(UserMapper.class).count() == 0);
    }

    /**
     * Creates the first administrator and the station's identity in one unit of work. In a new
     * institution one person does everything at first, so the first administrator holds every role.
     */
    public User createFirstAdministrator(FirstAdministrator first) {
        String login = LoginName.checked(first.login());
        if (first.displayName() == null || first.displayName().isBlank()) {
            throw new DomainException("error.account.displayNameRequired");
        }
        TextField.DISPLAY_NAME.require(first.displayName());
        PasswordRule.check(first.password(), first.repeatedPassword());
        StationInfo station = StationService.checked(first.station());
        String hash = hasher.hash(first.password());
        return transactions.inTransaction(uow -> {
            UserMapper users = uow.mapper(UserMapper.class);
            if (users.count() > 0) {
                throw new DomainException("error.account.alreadySetUp");
            }
            UserRow row = new UserRow(login, first.displayName().strip(), hash, clock.instant());
            users.insert(row);
            EnumSet.allOf(Role.class).forEach(role -> users.insertRole(row.getId(), role));
            this.station.save(uow, station);
            LOG.info("first administrator created");
            return StoredUsers.of(users, row);
        });
    }

    /** Signs a user in; five wrong passwords lock the account for fifteen minutes. */
    public User login(String login, char[] password) {
        // the outcome is committed before a refusal is thrown, so failed attempts are counted
        Attempt attempt = transactions.inTransaction(uow -> {
            // a disabled station signs nobody in: refused before the password is looked at
            Attempt outcome = workstation.admits(uow) ? attempt(uow.mapper(UserMapper.class), login, password)
                    : Attempt.refused(new LoginFailedException("error.login.stationDisabled", workstation.auditName()));
            audit.record(uow, login == null ? "" : login.strip(),
                    outcome.refusal() == null ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED, null, "");
            return outcome;
        });
        if (attempt.refusal() != null) {
            throw attempt.refusal();
        }
        return attempt.user();
    }

    private Attempt attempt(UserMapper users, String login, char[] password) {
        UserRow row = login == null ? null : users.findByLogin(login.strip());
        if (row == null || !row.isEnabled()) {
            hasher.hash(password); // the same work as a real check, so timing does not tell who exists
            return Attempt.refused(new LoginFailedException("error.login.wrongCredentials"));
        }
        Instant now = clock.instant();
        if (row.getLockedUntil() != null && row.getLockedUntil().isAfter(now)) {
            return Attempt.refused(new LoginFailedException("error.login.locked", minutesLeft(row.getLockedUntil(), now)));
        }
        if (!hasher.matches(password, row.getPasswordHash())) {
            boolean lock = row.getFailedLogins() + 1 >= MAX_FAILED_LOGINS;
            users.recordFailedLogin(row.getId(), lock ? now.plus(LOCK_TIME) : null);
            LOG.info("failed login");
            return Attempt.refused(new LoginFailedException("error.login.wrongCredentials"));
        }
        users.recordSuccessfulLogin(row.getId());
        return new Attempt(StoredUsers.of(users, row), null);
    }

    private record Attempt(User user, LoginFailedException refusal) {
        static Attempt refused(LoginFailedException refusal) {
            return new Attempt(null, refusal);
        }
    }

    private static long minutesLeft(Instant until, Instant now) {
        return Math.max(1, Duration.between(now, until).toMinutes() + 1);
    }

    /**
     * A user chooses a new password, proving the current one; a wrong current password counts as a failed
     * login, so the dialog cannot be used to guess it. Answers the user, who no longer must change it.
     */
    public User changePassword(String login, char[] current, char[] chosen, char[] repeated) {
        PasswordRule.check(chosen, repeated);
        if (Arrays.equals(current, chosen)) {
            throw new DomainException("error.password.unchanged");
        }
        User user = verify(login, current);
        String hash = hasher.hash(chosen);
        transactions.run(uow -> uow.mapper(UserMapper.class).updatePassword(user.id(), hash, false));
        LOG.info("password changed by its user");
        return new User(user.id(), user.login(), user.displayName(), user.roles(), user.enabled(), false);
    }

    /** Opens a locked screen for the user signed in there; a wrong password counts as a failed login. */
    public User unlock(User user, char[] password) {
        return verify(user.login(), password);
    }

    /** A login by someone already known by name: a wrong password is called just that. */
    private User verify(String login, char[] password) {
        try {
            return login(login, password);
        } catch (LoginFailedException e) {
            throw "error.login.wrongCredentials".equals(e.messageKey()) ? new LoginFailedException("error.password.wrong") : e;
        }
    }
}
