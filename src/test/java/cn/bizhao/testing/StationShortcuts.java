package cn.bizhao.testing;

import cn.bizhao.app.DataHome;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.Role;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.user.UserMapper;
import cn.bizhao.persistence.user.UserRow;
import cn.bizhao.security.bootkey.BootKeyStore;
import cn.bizhao.security.password.PasswordHasher;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * States that later services will reach (the review of issue 5 approves, the user administration
 * of issue 6 creates users), written straight into a closed station's database so that tests of
 * what depends on them can run today. Use the services instead once they exist.
 */
public final class StationShortcuts {
    private StationShortcuts() {
    }

    public static void addUser(Path home, String login, String password, Role... roles) {
        String hash = new PasswordHasher().hash(password.toCharArray());
        onDatabase(home, transactions -> transactions.run(uow -> {
            UserMapper users = uow.mapper(UserMapper.class);
            UserRow row = new UserRow(login, login, hash, Instant.now());
            users.insert(row);
            for (Role role : roles) {
                users.insertRole(row.getId(), role);
            }
        }));
    }

    /** An accepted application, reviewed and approved by the institution. */
    public static void approve(Path home, long applicationId) {
        onDatabase(home, transactions -> transactions.run(uow -> {
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            applications.updateStatus(applicationId, ApplicationStatus.ACCEPTED, ApplicationStatus.IN_REVIEW, Instant.now());
            applications.updateStatus(applicationId, ApplicationStatus.IN_REVIEW, ApplicationStatus.APPROVED, Instant.now());
        }));
    }

    private static void onDatabase(Path home, Consumer<Transactions> work) {
        DataHome dataHome = new DataHome(home);
        try (Database database = Database.open(dataHome.database(),
                new BootKeyStore(dataHome.bootKey()).read().orElseThrow())) {
            work.accept(database.transactions());
        }
    }
}
