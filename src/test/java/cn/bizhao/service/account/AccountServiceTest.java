package cn.bizhao.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountServiceTest {
    @TempDir
    Path home;
    private Services services;

    @BeforeEach
    void open() {
        services = TestStation.open(home);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private FirstAdministrator first(String password, String repeated) {
        return new FirstAdministrator("admin", "管理员", password.toCharArray(), repeated.toCharArray(), TestStation.STATION);
    }

    @Test
    void asksForTheFirstAdministratorOnAFreshStation() {
        assertThat(services.accounts().needsFirstAdministrator()).isTrue();
    }

    @Test
    void createsTheFirstAdministratorWithEveryRoleAndTheStation() {
        User admin = services.accounts().createFirstAdministrator(first("Counter-2024", "Counter-2024"));

        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(services.accounts().needsFirstAdministrator()).isFalse();
        assertThat(services.station().info()).contains(TestStation.STATION);
    }

    @Test
    void refusesASecondFirstAdministrator() {
        services.accounts().createFirstAdministrator(first("Counter-2024", "Counter-2024"));

        assertThatThrownBy(() -> services.accounts().createFirstAdministrator(first("Counter-2025", "Counter-2025")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.account.alreadySetUp"));
    }

    @Test
    void refusesAShortPasswordAndCreatesNothing() {
        assertThatThrownBy(() -> services.accounts().createFirstAdministrator(first("short1", "short1")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.password.tooShort"));
        assertThat(services.accounts().needsFirstAdministrator()).isTrue();
    }

    @Test
    void refusesPasswordsThatDiffer() {
        assertThatThrownBy(() -> services.accounts().createFirstAdministrator(first("Counter-2024", "Counter-2025")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.password.mismatch"));
    }

    @Test
    void signsInWithTheChosenPassword() {
        services.accounts().createFirstAdministrator(first("Counter-2024", "Counter-2024"));

        assertThat(services.accounts().login("admin", "Counter-2024".toCharArray()).login()).isEqualTo("admin");
    }

    @Test
    void saysTheSameForAWrongPasswordAndAnUnknownUser() {
        services.accounts().createFirstAdministrator(first("Counter-2024", "Counter-2024"));

        assertThatThrownBy(() -> services.accounts().login("admin", "wrong-pass1".toCharArray()))
                .isInstanceOfSatisfying(LoginFailedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.login.wrongCredentials"));
        assertThatThrownBy(() -> services.accounts().login("nobody", "wrong-pass1".toCharArray()))
                .isInstanceOfSatisfying(LoginFailedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.login.wrongCredentials"));
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswords() {
        services.accounts().createFirstAdministrator(first("Counter-2024", "Counter-2024"));
        for (int i = 0; i < AccountService.MAX_FAILED_LOGINS; i++) {
            assertThatThrownBy(() -> services.accounts().login("admin", "wrong-pass1".toCharArray()))
                    .isInstanceOf(LoginFailedException.class);
        }

        assertThatThrownBy(() -> services.accounts().login("admin", "Counter-2024".toCharArray()))
                .isInstanceOfSatisfying(LoginFailedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.login.locked"));
    }
}
