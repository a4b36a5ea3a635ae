package cn.bizhao.persistence;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** Applies the versioned scripts in {@code cn/bizhao/persistence/migration}; refuses a schema from the future. */
final class Migrations {
    private static final String LOCATION = "classpath:cn/bizhao/persistence/migration";

    private Migrations() {
    }

    /** Migrates and returns the schema version now in force. */
    static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .loggers("slf4j")
                .load();
        refuseFuture(flyway.info());
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private static void refuseFuture(MigrationInfoService info) {
        MigrationInfo[] applied = info.applied();
        boolean future = Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            String programVersion = Arrays.stream(info.all())
                    .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("0");
            throw new DatabaseTooNewException(applied[applied.length - 1].getVersion().getVersion(), programVersion);
        }
    }
}
