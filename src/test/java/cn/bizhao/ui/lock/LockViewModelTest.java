package cn.bizhao.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock screen's state on a real station: each attempt is a login. */
class LockViewModelTest {
    @TempDir
    Path home;
    private Services services;
    private LockViewModel model;
    private final AtomicInteger unlocked = new AtomicInteger();
    private final AtomicInteger signedOut = new AtomicInteger();

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        model = new LockViewModel(admin, services.accounts(), TaskRunner.direct(), Messages.chinese(),
                unlocked::incrementAndGet, signedOut::incrementAndGet);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void attempt(String password) {
        model.passwordProperty().set(password);
        model.unlock();
    }

    @Test
    void theRightPasswordUnlocks() {
        attempt(TestStation.PASSWORD);

        assertThat(unlocked).hasValue(1);
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    @Test
    void aWrongPasswordSaysSoAndStaysLocked() {
        attempt("Wrong-2024");

        assertThat(unlocked).hasValue(0);
        assertThat(model.errorProperty().get()).startsWith("密码不正确");
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAsAtLogin() {
        for (int i = 0; i < 5; i++) {
            attempt("Wrong-2024");
        }
        attempt(TestStation.PASSWORD);

        assertThat(unlocked).hasValue(0);
        assertThat(model.errorProperty().get()).contains("已锁定");
    }

    @Test
    void signingOutLeavesTheLock() {
        model.signOut();

        assertThat(signedOut).hasValue(1);
    }
}
