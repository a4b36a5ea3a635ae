package cn.bizhao.persistence;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies a station's whole content from one database into another of the same schema version, table
 * by table in the order of their foreign keys, streaming the stored files, keeping every identity value
 * (and moving each identity's next value past the copied ones) so that the audit chain, which names
 * application ids, stays intact. The tables come from the database itself, so a table added by a later
 * migration is copied without a change here. Plain JDBC because the statements are made from the
 * catalogue of tables; the one statement that differs by engine ({@code OVERRIDING SYSTEM VALUE}) is
 * marked below.
 */
public final class DatabaseCopy {
    private static final String HISTORY = "flyway_schema_history";
    /** Tables whose rows the migrations themselves write (V8's change counter): not a station's data. */
    private static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("change_counter");
    private static final int BATCH = 500;

    private DatabaseCopy() {
    }

    /** One table and its number of rows. */
    public record TableCount(String table, long rows) {
    }

    /**
     * One table's rows and a SHA-256 over every value of every row in primary-key order, written the same
     * way on both engines, so two databases with the same content give the same fingerprint.
     */
    public record TableFingerprint(String table, long rows, String sha256) {
    }

    /** The tables of the station, each after the tables it refers to; the migrations' history is left out. */
    public static List<String> tables(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            return tables(connection);
        } catch (SQLException e) {
            throw new DatabaseCopyException(e);
        }
    }

    /** Every table and its row count. */
    public static List<TableCount> counts(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            List<TableCount> counts = new ArrayList<>();
            for (String table : tables(connection)) {
                counts.add(new TableCount(table, count(connection, table)));
            }
            return counts;
        } catch (SQLException e) {
            throw new DatabaseCopyException(e);
        }
    }

    /**
     * Refuses a database that already holds rows of a station: the first such table and its row count
     * are in the message.
     */
    public static void requireEmpty(Database database, String location) {
        for (TableCount count : counts(database)) {
            if (count.rows() > 0 && !SEEDED_BY_MIGRATIONS.contains(count.table())) {
                throw new DatabaseSettingsException("error.database.notEmpty", location, count.table(), count.rows());
            }
        }
    }

    /**
     * Copies every row of {@code from} into the empty {@code to} in one transaction: either all of it
     * arrives or none. Both must be at the same schema version.
     *
     * @return the tables copied and their row counts, in the order copied
     */
    public static List<TableCount> copy(Database from, Database to) {
        if (!from.schemaVersion().equals(to.schemaVersion())) {
            throw new IllegalStateException("schema versions differ: " + from.schemaVersion() + " and " + to.schemaVersion());
        }
        try (Connection source = from.dataSource().getConnection();
             Connection target = to.dataSource().getConnection()) {
            source.setReadOnly(true);
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            try {
                List<TableCount> copied = new ArrayList<>();
                for (String table : tables(source)) {
                    if (SEEDED_BY_MIGRATIONS.contains(table)) {
                        try (Statement seeded = target.createStatement()) {
                            seeded.executeUpdate("DELETE FROM " + table); // the source's own values replace them
                        }
                    }
                    copied.add(new TableCount(table, copyTable(source, target, table, to.engine())));
                }
                target.commit();
                source.commit();
                return copied;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseCopyException(e);
        }
    }

    /** The fingerprint of every table, for comparing two databases value by value. */
    public static List<TableFingerprint> fingerprints(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            List<TableFingerprint> fingerprints = new ArrayList<>();
            for (String table : tables(connection)) {
                fingerprints.add(fingerprint(connection, table));
            }
            connection.commit();
            return fingerprints;
        } catch (SQLException e) {
            throw new DatabaseCopyException(e);
        }
    }

    private static long copyTable(Connection source, Connection target, String table, Engine targetEngine)
            throws SQLException {
        try (Statement select = source.createStatement();
             ResultSet rows = select.executeQuery("SELECT * FROM " + table + " ORDER BY " + orderBy(source, table))) {
            ResultSetMetaData columns = rows.getMetaData();
            int width = columns.getColumnCount();
            List<String> identities = new ArrayList<>();
            StringBuilder names = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = 1; i <= width; i++) {
                String name = columns.getColumnName(i).toLowerCase(Locale.ROOT);
                if (columns.isAutoIncrement(i)) {
                    identities.add(name);
                }
                names.append(i == 1 ? "" : ", ").append(name);
                marks.append(i == 1 ? "?" : ", ?");
            }
            // PostgreSQL takes a value for a GENERATED ALWAYS column only when told to; Derby's copy target
            // never has one (a station is only ever moved from Derby to the server)
            String overriding = !identities.isEmpty() && targetEngine == Engine.POSTGRESQL ? " OVERRIDING SYSTEM VALUE" : "";
            long copied = 0;
            try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + names + ")"
                    + overriding + " VALUES (" + marks + ")")) {
                boolean streams = hasBlob(columns);
                while (rows.next()) {
                    for (int i = 1; i <= width; i++) {
                        bind(rows, columns, insert, i);
                    }
                    copied++;
                    if (streams) {
                        insert.executeUpdate();
                    } else {
                        insert.addBatch();
                        if (copied % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                if (!streams) {
                    insert.executeBatch();
                }
            }
            for (String identity : identities) {
                restartIdentity(target, table, identity);
            }
            return copied;
        }
    }

    private static void bind(ResultSet rows, ResultSetMetaData columns, PreparedStatement insert, int i) throws SQLException {
        switch (columns.getColumnType(i)) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                // the length first: Derby closes a column's stream when another column is read
                long length = rows.getLong(columnIndex(columns, "byte_size"));
                InputStream content = rows.getBinaryStream(i);
                if (content == null) {
                    insert.setNull(i, Types.BINARY);
                } else {
                    // Derby streams the BLOB as the server reads it: nothing is held whole in memory
                    insert.setBinaryStream(i, content, length);
                }
            }
            case Types.TIMESTAMP -> insert.setTimestamp(i, micros(rows.getTimestamp(i)));
            case Types.DATE -> insert.setDate(i, rows.getDate(i));
            default -> insert.setObject(i, rows.getObject(i));
        }
    }

    /** PostgreSQL keeps microseconds and would round Derby's nanoseconds; the copy cuts them off the same way on both sides. */
    private static Timestamp micros(Timestamp value) {
        if (value == null) {
            return null;
        }
        Timestamp cut = new Timestamp(value.getTime());
        cut.setNanos(value.getNanos() / 1000 * 1000);
        return cut;
    }

    private static int columnIndex(ResultSetMetaData columns, String name) throws SQLException {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (columns.getColumnName(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalStateException("a table with files has no " + name + " column");
    }

    private static boolean hasBlob(ResultSetMetaData columns) throws SQLException {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            int type = columns.getColumnType(i);
            if (type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
                return true;
            }
        }
        return false;
    }

    /** The identity's next value goes past the highest copied one, so new rows never collide with moved ones. */
    private static void restartIdentity(Connection target, String table, String column) throws SQLException {
        long next;
        try (Statement statement = target.createStatement();
             ResultSet max = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
            max.next();
            next = max.getLong(1) + 1;
        }
        try (Statement statement = target.createStatement()) {
            statement.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
        }
    }

    /** Stored files are left out here: their key is their SHA-256, which the mover checks against their bytes. */
    private static TableFingerprint fingerprint(Connection connection, String table) throws SQLException {
        MessageDigest digest = sha256();
        long rows = 0;
        try (Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("SELECT " + String.join(", ", plainColumns(connection, table))
                     + " FROM " + table + " ORDER BY " + orderBy(connection, table))) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                rows++;
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    digest.update(columns.getColumnName(i).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '=');
                    update(digest, result, columns, i);
                    digest.update((byte) 0);
                }
                digest.update((byte) '\n');
            }
        }
        return new TableFingerprint(table, rows, HexFormat.of().formatHex(digest.digest()));
    }

    /** The columns that are not files, in their order in the table. */
    private static List<String> plainColumns(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        Map<Integer, String> columns = new java.util.TreeMap<>();
        try (ResultSet found = metadata.getColumns(null, connection.getSchema(), storedName(metadata, table), "%")) {
            while (found.next()) {
                int type = found.getInt("DATA_TYPE");
                if (type != Types.BLOB && type != Types.BINARY && type != Types.VARBINARY && type != Types.LONGVARBINARY) {
                    columns.put(found.getInt("ORDINAL_POSITION"), found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(columns.values());
    }

    private static void update(MessageDigest digest, ResultSet result, ResultSetMetaData columns, int i) throws SQLException {
        String text = switch (columns.getColumnType(i)) {
            case Types.TIMESTAMP -> {
                Timestamp value = result.getTimestamp(i);
                yield value == null ? null : value.toLocalDateTime().truncatedTo(ChronoUnit.MICROS).toString();
            }
            case Types.DATE -> {
                java.sql.Date value = result.getDate(i);
                yield value == null ? null : value.toLocalDate().toString();
            }
            case Types.BOOLEAN, Types.BIT -> {
                // PostgreSQL writes a boolean as t or f, Derby as true or false
                boolean value = result.getBoolean(i);
                yield result.wasNull() ? null : Boolean.toString(value);
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal value = result.getBigDecimal(i);
                yield value == null ? null : value.stripTrailingZeros().toPlainString();
            }
            default -> result.getString(i);
        };
        if (text == null) {
            digest.update((byte) 1);
        } else {
            digest.update((byte) 2);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        try (ResultSet tables = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY)) {
                    refersTo.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : refersTo.entrySet()) {
            try (ResultSet keys = metadata.getImportedKeys(null, schema, storedName(metadata, table.getKey()))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        List<String> names = new ArrayList<>(refersTo.keySet());
        names.sort(null);
        while (ordered.size() < names.size()) {
            boolean progress = false;
            for (String name : names) {
                if (!ordered.contains(name) && ordered.containsAll(refersTo.get(name))) {
                    ordered.add(name);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + names);
            }
        }
        return ordered;
    }

    /** Derby keeps unquoted names in capitals, PostgreSQL in small letters. */
    private static String storedName(DatabaseMetaData metadata, String table) throws SQLException {
        return metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    /** The primary key's columns, so both engines list the rows in the same order. */
    private static String orderBy(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        Map<Integer, String> key = new java.util.TreeMap<>();
        try (ResultSet columns = metadata.getPrimaryKeys(null, connection.getSchema(), storedName(metadata, table))) {
            while (columns.next()) {
                key.put(columns.getInt("KEY_SEQ"), columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (key.isEmpty()) {
            throw new IllegalStateException("table " + table + " has no primary key");
        }
        return String.join(", ", key.values());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
