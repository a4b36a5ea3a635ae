package cn.bizhao.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.PermissionDeniedException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's work on users, on a real station. */
class UserAdministrationTest {
    private static final String INITIAL = "Start-2024";
    private static final String CHOSEN = "Chosen-2024";

    @TempDir
    Path home;
    private Services services;
    private User admin;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private User create(String login, Role... roles) {
        return services.users().create(admin, new NewUser(login, "李受理", EnumSet.of(roles[0], roles),
                INITIAL.toCharArray(), INITIAL.toCharArray()));
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void createsAUserWhoMustChangeTheInitialPassword() {
        User clerk = create("li", Role.CLERK);

        assertThat(clerk).isEqualTo(new User(clerk.id(), "li", "李受理", Set.of(Role.CLERK), true, true));
        assertThat(services.accounts().login("li", INITIAL.toCharArray()).mustChangePassword()).isTrue();
    }

    @Test
    void listsEveryUserByLogin() {
        create("zhou", Role.REVIEWER, Role.SUPERVISOR);
        create("li", Role.CLERK);

        assertThat(services.users().list(admin)).extracting(User::login).containsExactly("admin", "li", "zhou");
        assertThat(services.users().list(admin).get(2).roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.SUPERVISOR);
    }

    @Test
    void changingThePasswordEndsTheObligation() {
        create("li", Role.CLERK);

        User changed = services.accounts().changePassword("li", INITIAL.toCharArray(), CHOSEN.toCharArray(), CHOSEN.toCharArray());

        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(services.accounts().login("li", CHOSEN.toCharArray()).mustChangePassword()).isFalse();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        create("li", Role.CLERK);

        refused(() -> services.accounts().changePassword("li", "Wrong-2024".toCharArray(), CHOSEN.toCharArray(),
                CHOSEN.toCharArray()), "error.password.wrong");
        refused(() -> services.accounts().changePassword("li", INITIAL.toCharArray(), INITIAL.toCharArray(),
                INITIAL.toCharArray()), "error.password.unchanged");
    }

    @Test
    void resetMakesTheUserChooseAgainAndLiftsALockout() {
        create("li", Role.CLERK);
        services.accounts().changePassword("li", INITIAL.toCharArray(), CHOSEN.toCharArray(), CHOSEN.toCharArray());
        for (int i = 0; i < AccountService.MAX_FAILED_LOGINS; i++) {
            assertThatThrownBy(() -> services.accounts().login("li", "Wrong-2024".toCharArray()));
        }

        services.users().resetPassword(admin, "li", "Again-2024".toCharArray(), "Again-2024".toCharArray());

        assertThat(services.accounts().login("li", "Again-2024".toCharArray()).mustChangePassword()).isTrue();
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabled() {
        create("li", Role.CLERK);

        assertThat(services.users().disable(admin, "li").enabled()).isFalse();
        refused(() -> services.accounts().login("li", INITIAL.toCharArray()), "error.login.wrongCredentials");

        assertThat(services.users().enable(admin, "li").enabled()).isTrue();
        assertThat(services.accounts().login("li", INITIAL.toCharArray()).login()).isEqualTo("li");
    }

    @Test
    void changesRoles() {
        create("li", Role.CLERK);

        User changed = services.users().changeRoles(admin, "li", EnumSet.of(Role.REVIEWER, Role.SUPERVISOR));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.SUPERVISOR);
    }

    @Test
    void keepsTheLastEnabledAdministrator() {
        create("wang", Role.ADMIN);
        User wang = services.accounts().changePassword("wang", INITIAL.toCharArray(), CHOSEN.toCharArray(), CHOSEN.toCharArray());
        services.users().disable(wang, "admin");

        refused(() -> services.users().changeRoles(wang, "wang", EnumSet.of(Role.CLERK)), "error.users.lastAdministrator");
        refused(() -> services.users().disable(wang, "wang"), "error.users.disableSelf");
    }

    @Test
    void anAdministratorMayGiveUpTheRoleWhenAnotherRemains() {
        create("wang", Role.ADMIN);

        assertThat(services.users().changeRoles(admin, "admin", EnumSet.of(Role.CLERK)).roles()).containsExactly(Role.CLERK);
        refused(() -> services.users().list(admin), "error.permission.ADMINISTER");
    }

    @Test
    void refusesANonAdministratorEveryChange() {
        create("li", Role.CLERK, Role.REVIEWER, Role.SUPERVISOR);
        User clerk = services.accounts().login("li", INITIAL.toCharArray());
        char[] password = CHOSEN.toCharArray();

        for (ThrowingCallable call : new ThrowingCallable[] {
            () -> services.users().list(clerk),
            () -> services.users().create(clerk, new NewUser("zhou", "Zhou", Set.of(Role.ADMIN), password, password)),
            () -> services.users().resetPassword(clerk, "admin", password, password),
            () -> services.users().disable(clerk, "admin"),
            () -> services.users().enable(clerk, "li"),
            () -> services.users().changeRoles(clerk, "li", EnumSet.allOf(Role.class)),
            () -> services.sessions().changeIdleLockMinutes(clerk, 5)}) {
            assertThatThrownBy(call).isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(services.accounts().login("li", INITIAL.toCharArray()).roles()).doesNotContain(Role.ADMIN);
    }

    @Test
    void refusesAnAdministratorDisabledSinceSigningIn() {
        create("wang", Role.ADMIN);
        User wang = services.accounts().login("wang", INITIAL.toCharArray());
        services.users().disable(admin, "wang");

        refused(() -> services.users().list(wang), "error.permission.ADMINISTER");
    }

    @Test
    void refusesATakenLoginNoRolesAndAWeakPassword() {
        create("li", Role.CLERK);
        char[] weak = "12345678".toCharArray();

        refused(() -> create("li", Role.REVIEWER), "error.users.loginTaken");
        refused(() -> services.users().create(admin, new NewUser("zhou", "Zhou", Set.of(), INITIAL.toCharArray(),
                INITIAL.toCharArray())), "error.users.roleRequired");
        refused(() -> services.users().create(admin, new NewUser("zhou", "Zhou", Set.of(Role.CLERK), weak, weak)),
                "error.password.tooSimple");
        refused(() -> services.users().disable(admin, "nobody"), "error.users.notFound");
    }

    @Test
    void idleLockIsTenMinutesUntilTheAdministratorChangesIt() {
        assertThat(services.sessions().idleLockMinutes()).isEqualTo(10);

        services.sessions().changeIdleLockMinutes(admin, 3);

        assertThat(services.sessions().idleLockMinutes()).isEqualTo(3);
        refused(() -> services.sessions().changeIdleLockMinutes(admin, 0), "error.session.idleMinutesRange");
    }
}
