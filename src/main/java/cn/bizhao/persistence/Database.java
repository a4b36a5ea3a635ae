package cn.bizhao.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's database: the embedded Derby of a single desk, encrypted at rest with AES-256 from
 * its very first start, or the institution's PostgreSQL server shared by several desks, reached
 * through a connection pool over TLS. Opening either migrates the schema with the same scripts;
 * closing it shuts Derby down cleanly (so the next start needs no recovery) or closes the pool.
 * Only this package knows which engine is in use.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
    /** Connections one station keeps to the server: a desk has a window and a few background tasks. */
    private static final int SERVER_POOL_SIZE = 4;

    private final Engine engine;
    private final String location;
    private final Path folder;
    private final DataSource dataSource;
    private final Transactions transactions;
    private final String schemaVersion;

    private Database(Engine engine, String location, Path folder, DataSource dataSource, String schemaVersion) {
        this.engine = engine;
        this.location = location;
        this.folder = folder;
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
        this.transactions = new Transactions(sessionFactory(dataSource, engine));
    }

    /**
     * Opens (or creates) the encrypted embedded database in {@code folder} with the hex boot key.
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
            String version = Migrations.migrate(new UnpooledDataSource(DRIVER, url, new Properties()), Engine.DERBY);
            LOG.info("database open at schema version {}", version);
            return new Database(Engine.DERBY, folder.toAbsolutePath().toString(), folder, dataSource, version);
        } catch (RuntimeException e) {
            dataSource.forceCloseAll();
            shutdown(folder);
            throw e;
        }
    }

    /**
     * Connects to the institution's PostgreSQL database and migrates it when it is behind.
     *
     * @throws DatabaseSettingsException when the address, login or CA file cannot be used, or a
     *         plain connection to another computer is asked for
     * @throws ServerUnavailableException when the server cannot be reached or refuses the login
     * @throws DatabaseTooNewException when a newer program version created the schema
     */
    public static Database connect(ServerLogin login) {
        login.check();
        HikariDataSource dataSource = pool(login);
        try {
            String version = Migrations.migrate(dataSource, Engine.POSTGRESQL);
            LOG.info("server database {} open at schema version {}", login.location(), version);
            return new Database(Engine.POSTGRESQL, login.location(), null, dataSource, version);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Connects to a server database that is to receive a station moved from its embedded database:
     * refuses one holding tables that are not a station's (Flyway would not touch them), migrates
     * an empty one, and refuses one where a station already keeps rows.
     *
     * @throws DatabaseSettingsException with {@code error.database.notEmpty} when it is not empty
     */
    public static Database connectEmpty(ServerLogin login) {
        login.check();
        HikariDataSource dataSource = pool(login);
        try {
            String foreign = foreignTable(dataSource, login.location());
            if (foreign != null) {
                throw new DatabaseSettingsException("error.database.notEmpty", login.location(), foreign, "?");
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        dataSource.close();
        Database database = connect(login);
        try {
            DatabaseCopy.requireEmpty(database, login.location());
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** A table in a database without the migrations' history: a schema that is not ours, or null. */
    private static String foreignTable(DataSource dataSource, String location) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            String first = null;
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if ("flyway_schema_history".equalsIgnoreCase(name)) {
                    return null;
                }
                first = first == null ? name : first;
            }
            return first;
        } catch (SQLException e) {
            throw new ServerUnavailableException(location, e);
        }
    }

    private static HikariDataSource pool(ServerLogin login) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bizhao");
        config.setJdbcUrl(login.url());
        config.setUsername(login.user());
        config.setPassword(login.password());
        config.setMaximumPoolSize(SERVER_POOL_SIZE);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        config.setConnectionTimeout(15_000);
        config.addDataSourceProperty("ApplicationName", "bizhao-desk");
        if (login.caFile() == null) {
            config.addDataSourceProperty("sslmode", "disable");
        } else {
            config.addDataSourceProperty("ssl", "true");
            config.addDataSourceProperty("sslmode", "verify-full");
            config.addDataSourceProperty("sslrootcert", login.caFile().toAbsolutePath().toString());
        }
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new ServerUnavailableException(login.location(), e.getCause() == null ? e : e.getCause());
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

    private static SqlSessionFactory sessionFactory(DataSource dataSource, Engine engine) {
        Configuration configuration = new Configuration(new Environment("station", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setDatabaseId(databaseId(dataSource));
        if (!engine.databaseId().equals(configuration.getDatabaseId())) {
            throw new IllegalStateException("engine " + engine + " reports database id " + configuration.getDatabaseId());
        }
        TimeTypeHandlers.register(configuration.getTypeHandlerRegistry());
        Mappers.register(configuration);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    /** MyBatis's {@code databaseId}: the statements marked for this engine win over the unmarked ones. */
    private static String databaseId(DataSource dataSource) {
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        Properties names = new Properties();
        names.setProperty("Apache Derby", Engine.DERBY.databaseId());
        names.setProperty("PostgreSQL", Engine.POSTGRESQL.databaseId());
        provider.setProperties(names);
        return provider.getDatabaseId(dataSource);
    }

    /** For copying a station between engines ({@link DatabaseCopy}); nothing else reaches the connections. */
    DataSource dataSource() {
        return dataSource;
    }

    public Transactions transactions() {
        return transactions;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public Engine engine() {
        return engine;
    }

    /** Where the data is, for people: the embedded database's folder, or the server's host, port and database. */
    public String location() {
        return location;
    }

    /** The embedded database's folder; null on a server. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
            return;
        }
        ((PooledDataSource) dataSource).forceCloseAll();
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
