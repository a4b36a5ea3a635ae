package cn.bizhao.service.account;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.LoginName;
import cn.bizhao.domain.user.PasswordRule;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.user.UserMapper;
import cn.bizhao.persistence.user.UserRow;
import cn.bizhao.security.password.PasswordHasher;
import cn.bizhao.service.audit.AuditTrail;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator's work on users: list, create, reset a password, disable and enable, change roles.
 * Every use case checks {@link Permission#ADMINISTER} against the stored actor, so the window and the
 * command line obey the same rule; the station always keeps one enabled administrator.
 */
public final class UserAdministration {
    private static final Logger LOG = LoggerFactory.getLogger(UserAdministration.class);

    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditTrail audit;

    public UserAdministration(Transactions transactions, PasswordHasher hasher, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Every user of the station, ordered by login. */
    public List<User> list(User actor) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, actor, Permission.ADMINISTER);
            UserMapper users = uow.mapper(UserMapper.class);
            return users.all().stream().map(row -> StoredUsers.of(users, row)).toList();
        });
    }

    /** Creates a user who must choose their own password at first login. */
    public User create(User actor, NewUser user) {
        Permissions.require(actor, Permission.ADMINISTER); // before the slow hash, so a refusal is quick
        String login = LoginName.checked(user.login());
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new DomainException("error.users.displayNameRequired");
        }
        TextField.DISPLAY_NAME.require(user.displayName());
        Set<Role> roles = checkedRoles(user.roles());
        PasswordRule.check(user.password(), user.repeatedPassword());
        String hash = hasher.hash(user.password());
        return transactions.inTransaction(uow -> {
            Actors.require(uow, actor, Permission.ADMINISTER);
            UserMapper users = uow.mapper(UserMapper.class);
            if (users.findByLogin(login) != null) {
                throw new DomainException("error.users.loginTaken", login);
            }
            UserRow row = new UserRow(login, user.displayName().strip(), hash, clock.instant());
            row.setMustChangePassword(true);
            users.insert(row);
            roles.forEach(role -> users.insertRole(row.getId(), role));
            audit.record(uow, actor.login(), AuditAction.USER_CHANGED, null, "create " + login + " " + roles);
            LOG.info("user {} created", login);
            return StoredUsers.of(users, row);
        });
    }

    /** Sets a password the user must change at next login, and lifts any lockout. */
    public User resetPassword(User actor, String login, char[] password, char[] repeatedPassword) {
        Permissions.require(actor, Permission.ADMINISTER);
        PasswordRule.check(password, repeatedPassword);
        String hash = hasher.hash(password);
        return change(actor, login, "reset-password", (users, target) -> {
            users.updatePassword(target.id(), hash, true);
            LOG.info("password of {} reset", login);
        });
    }

    /** A disabled user cannot sign in; the administrator cannot disable themselves or the last administrator. */
    public User disable(User actor, String login) {
        return change(actor, login, "disable", (users, target) -> {
            if (target.login().equals(actor.login())) {
                throw new DomainException("error.users.disableSelf");
            }
            if (target.enabled() && target.has(Role.ADMIN)) {
                requireAnotherAdministrator(users);
            }
            users.updateEnabled(target.id(), false);
            LOG.info("user {} disabled", login);
        });
    }

    public User enable(User actor, String login) {
        return change(actor, login, "enable", (users, target) -> {
            users.updateEnabled(target.id(), true);
            LOG.info("user {} enabled", login);
        });
    }

    /** Replaces the user's roles; the last enabled administrator keeps the administrator role. */
    public User changeRoles(User actor, String login, Set<Role> roles) {
        Set<Role> checked = checkedRoles(roles);
        return change(actor, login, "roles " + checked, (users, target) -> {
            if (target.enabled() && target.has(Role.ADMIN) && !checked.contains(Role.ADMIN)) {
                requireAnotherAdministrator(users);
            }
            users.deleteRoles(target.id());
            checked.forEach(role -> users.insertRole(target.id(), role));
            LOG.info("roles of {} changed to {}", login, checked);
        });
    }

    /** One administrator's change to one user, in one unit of work; answers the user as stored afterwards. */
    private User change(User actor, String login, String what, Change work) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, actor, Permission.ADMINISTER);
            UserMapper users = uow.mapper(UserMapper.class);
            User target = target(users, login);
            work.apply(users, target);
            audit.record(uow, actor.login(), AuditAction.USER_CHANGED, null, what + " " + target.login());
            return StoredUsers.of(users, users.findByLogin(target.login()));
        });
    }

    @FunctionalInterface
    private interface Change {
        void apply(UserMapper users, User target);
    }

    private static User target(UserMapper users, String login) {
        UserRow row = login == null ? null : users.findByLogin(login.strip());
        if (row == null) {
            throw new DomainException("error.users.notFound", login);
        }
        return StoredUsers.of(users, row);
    }

    private static void requireAnotherAdministrator(UserMapper users) {
        if (users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new DomainException("error.users.lastAdministrator");
        }
    }

    private static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("error.users.roleRequired");
        }
        return EnumSet.copyOf(roles);
    }
}
