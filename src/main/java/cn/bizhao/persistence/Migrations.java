package cn.bizhao.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Applies the versioned scripts in {@code cn/bizhao/persistence/migration}; refuses a schema from
 * the future. Starting Flyway costs about a second, so a database already at {@link #LATEST} is
 * recognised from its history table and Flyway runs only when there is something to do.
 */
final class Migrations {
    /** The highest script version; a test keeps it equal to the newest script. */
    static final int LATEST = 8;
    private static final String LOCATION = "classpath:cn/bizhao/persistence/migration";
    private static final String HISTORY = "flyway_schema_history";

    private Migrations() {
    }

    /** Migrates when needed and returns the schema version now in force. */
    static String migrate(DataSource dataSource) {
        int applied = appliedVersion(dataSource);
        if (applied == LATEST) {
            return Integer.toString(LATEST);
        }
        if (applied > LATEST) {
            throw new DatabaseTooNewException(Integer.toString(applied), Integer.toString(LATEST));
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .loggers("slf4j")
                .load();
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** The highest successfully applied version, 0 for a new database. */
    private static int appliedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasHistory(connection.getMetaData())) {
                return 0;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"" + HISTORY
                         + "\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
                int highest = 0;
                while (rows.next()) {
                    highest = Math.max(highest, Integer.parseInt(rows.getString(1)));
                }
                return highest;
            }
        } catch (SQLException e) {
            throw new DatabaseLockedException(e);
        }
    }

    private static boolean hasHistory(DatabaseMetaData metadata) throws SQLException {
        try (ResultSet tables = metadata.getTables(null, null, HISTORY, null)) {
            return tables.next();
        }
    }
}
