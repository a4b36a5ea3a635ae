package cn.bizhao.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's embedded Derby database, encrypted at rest with AES-256 from its very first start.
 * Opening it migrates the schema; closing it shuts Derby down cleanly so the next start needs no recovery.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";

    private final Path folder;
    private final PooledDataSource dataSource;
    private final Transactions transactions;
    private final String schemaVersion;

    private Database(Path folder, PooledDataSource dataSource, String schemaVersion) {
        this.folder = folder;
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
        this.transactions = new Transactions(sessionFactory(dataSource));
    }

    /**
     * Opens (or creates) the encrypted database in {@code folder} with the hex boot key.
     *
     * @throws DatabaseLockedException when the key is wrong or missing
     * @throws DatabaseTooNewException when a newer program version created the schema
     */
    public static Database open(Path folder, String bootKeyHex) {
        String url = url(folder, bootKeyHex);
        PooledDataSource dataSource = new PooledDataSource(DRIVER, url, new Properties());
        dataSource.setPoolMaximumActiveConnections(4);
        try {
            probe(dataSource);
            // Flyway closes its own connections, so it gets plain ones rather than pooled ones
            String version = Migrations.migrate(new UnpooledDataSource(DRIVER, url, new Properties()));
            LOG.info("database open at schema version {}", version);
            return new Database(folder, dataSource, version);
        } catch (RuntimeException e) {
            dataSource.forceCloseAll();
            shutdown(folder);
            throw e;
        }
    }

    private static String url(Path folder, String bootKeyHex) {
        // encryptionKey (not bootPassword): the key itself is random, kept in its own owner-only file
        return "jdbc:derby:" + folder.toAbsolutePath() + ";create=true;dataEncryption=true"
                + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + bootKeyHex;
    }

    private static void probe(DataSource dataSource) {
        try (Connection ignored = dataSource.getConnection()) {
            LOG.debug("database connection established");
        } catch (SQLException e) {
            throw new DatabaseLockedException(e);
        }
    }

    private static SqlSessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(new Environment("station", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        TimeTypeHandlers.register(configuration.getTypeHandlerRegistry());
        Mappers.register(configuration);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    public Transactions transactions() {
        return transactions;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        dataSource.forceCloseAll();
        shutdown(folder);
    }

    private static void shutdown(Path folder) {
        try {
            DriverManager.getConnection("jdbc:derby:" + folder.toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException e) {
            // Derby reports a clean shutdown of one database as SQLState 08006
            if (!"08006".equals(e.getSQLState())) {
                LOG.debug("database shutdown: {}", e.getSQLState());
            }
        }
    }
}
