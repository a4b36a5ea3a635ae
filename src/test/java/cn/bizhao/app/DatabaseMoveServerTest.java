package cn.bizhao.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.Engine;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.security.bootkey.BootKeyStore;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.database.MoveReport;
import cn.bizhao.service.database.ServerConnection;
import cn.bizhao.service.demo.DemoService;
import cn.bizhao.service.demo.DemoService.DemoLogin;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.testing.PostgresTestServer;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.testing.TestStation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-desk station moved to the institution's PostgreSQL server, and stations joined to it: a real
 * encrypted Derby in a temporary folder and the real test server.
 */
class DatabaseMoveServerTest {
    private final StationServers servers = new StationServers(Map.of());

    @TempDir
    Path folder;

    @Test
    void theDemoStationMovedToTheServerEqualsItsEmbeddedOriginalValueByValueAndImageByImage() throws Exception {
        DataHome home = new DataHome(folder.resolve("desk"));
        ServerLogin login = PostgresTestServer.get().newDatabase();
        MoveReport report;
        try (Services derby = Station.open(home)) {
            DemoLogin demo = new DemoService(derby).fill();
            User admin = derby.accounts().login(demo.login(), demo.password().toCharArray());
            report = servers.moveToServer(home.root(), derby, admin, connection(login));
        }

        assertThat(report.files()).isPositive();
        assertThat(Files.readString(home.databaseSettings())).contains("engine=postgresql");
        try (Connection derby = derby(home); Connection server = PostgresTestServer.get().connect(login)) {
            for (String table : tables(derby)) {
                List<String> original = rows(derby, table);
                List<String> moved = rows(server, table);
                if (table.equals("audit_record")) {
                    // the move's own record is the one more on the server
                    List<String> withoutMove = moved.stream().filter(row -> !row.contains("|action=DATABASE_MOVED|")).toList();
                    assertThat(withoutMove).hasSize(moved.size() - 1);
                    moved = withoutMove;
                }
                if (table.equals("change_counter")) {
                    // recording the move told the other stations of one change more
                    assertThat(count(moved)).isEqualTo(count(original) + 1);
                    continue;
                }
                assertThat(moved).as(table).isEqualTo(original);
            }
        } finally {
            shutdown(home);
        }
        try (Services server = Station.open(home)) {
            assertThat(((Database) server.resources()).engine()).isEqualTo(Engine.POSTGRESQL);
            assertThat(server.audit().verify()).isEmpty();
            List<AuditRecord> trail = server.audit().all();
            assertThat(trail.get(trail.size() - 1).entry().action()).isEqualTo(AuditAction.DATABASE_MOVED);
        }
    }

    @Test
    void aStationJoinedToTheServerSeesTheFirstOnesApplicationsAndExportsOneAcceptedThere() throws Exception {
        DataHome first = new DataHome(folder.resolve("first"));
        ServerLogin login = PostgresTestServer.get().newDatabase();
        try (Services derby = Station.open(first)) {
            User admin = withAdministrator(derby);
            derby.keys().create(admin, KeyAlgorithm.DEFAULT);
            PackageStations.accepted(derby);
            servers.moveToServer(first.root(), derby, admin, connection(login));
        }
        Path second = folder.resolve("second");
        // the institution is the server's; the joining station is named after its own database login
        assertThat(servers.join(second, connection(login))).isEqualTo(new StationInfo(
                TestStation.STATION.institutionName(), TestStation.STATION.institutionCode(), login.user()));

        try (Services one = Station.open(first); Services other = Station.open(new DataHome(second))) {
            Application acceptedAtOne = PackageStations.accepted(one);
            User adminAtOther = PackageStations.admin(other);
            assertThat(other.intake().find(acceptedAtOne.id()).acceptanceNo())
                    .isEqualTo(acceptedAtOne.acceptanceNo());
            other.keys().create(adminAtOther, KeyAlgorithm.DEFAULT);

            Path exported = PackageStations.exportOne(other, ExportKind.REVIEW, acceptedAtOne.id(),
                    Files.createDirectories(folder.resolve("out")));

            assertThat(exported.getFileName().toString()).startsWith(acceptedAtOne.acceptanceNo());
            assertThat(other.verifier().verify(exported).valid()).isTrue();
        }
    }

    @Test
    void aServerDatabaseThatAlreadyHoldsAStationIsRefusedAndNothingIsSwitched() {
        ServerLogin login = PostgresTestServer.get().newDatabase();
        try (Services occupied = TestStation.onServer(folder.resolve("occupied"), login)) {
            withAdministrator(occupied);
        }
        DataHome home = new DataHome(folder.resolve("desk"));
        try (Services derby = Station.open(home)) {
            User admin = withAdministrator(derby);

            assertThatThrownBy(() -> servers.moveToServer(home.root(), derby, admin, connection(login)))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.database.notEmpty"));
        }
        assertThat(home.databaseSettings()).doesNotExist();
        assertThat(home.databasePassword()).doesNotExist();
    }

    @Test
    void joiningRefusesAServerWithoutAnInstitutionAndADataHomeInUse() {
        ServerLogin empty = PostgresTestServer.get().newDatabase();
        Path fresh = folder.resolve("fresh");

        assertThatThrownBy(() -> servers.join(fresh, connection(empty)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.station.joinNoInstitution"));
        assertThat(new DataHome(fresh).databaseSettings()).doesNotExist();

        DataHome used = new DataHome(folder.resolve("used"));
        Station.open(used).close();
        assertThatThrownBy(() -> servers.join(used.root(), connection(empty)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.station.joinExisting"));
    }

    private static User withAdministrator(Services services) {
        services.accounts().createFirstAdministrator(new FirstAdministrator(TestStation.ADMIN, "测试管理员",
                TestStation.PASSWORD.toCharArray(), TestStation.PASSWORD.toCharArray(), TestStation.STATION));
        return PackageStations.admin(services);
    }

    private static ServerConnection connection(ServerLogin login) {
        return new ServerConnection(login.url(), login.user(), login.password(), login.caFile());
    }

    private static Connection derby(DataHome home) throws SQLException {
        String key = new BootKeyStore(home.bootKey()).read().orElseThrow();
        return DriverManager.getConnection("jdbc:derby:" + home.database().toAbsolutePath()
                + ";dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + key);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME").toLowerCase());
            }
        }
        tables.remove("flyway_schema_history");
        assertThat(tables).contains("application", "stored_file", "audit_record");
        return tables;
    }

    private static void shutdown(DataHome home) {
        try {
            DriverManager.getConnection("jdbc:derby:" + home.database().toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).isEqualTo("08006");
        }
    }

    /** Every row of a table as text, files by the SHA-256 of their bytes, in a fixed order. */
    private static List<String> rows(Connection connection, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet result = select.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.append(columns.getColumnName(i).toLowerCase()).append('=').append(text(result.getObject(i))).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String text(Object value) throws Exception {
        if (value instanceof Blob blob) {
            return sha256(blob.getBytes(1, Math.toIntExact(blob.length())));
        }
        if (value instanceof byte[] bytes) {
            return sha256(bytes);
        }
        if (value instanceof Timestamp timestamp) {
            // PostgreSQL keeps microseconds; the move cuts Derby's nanoseconds to them
            return timestamp.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The change counter's value in its one row ({@code id=1|change_count=N|}). */
    private static long count(List<String> rows) {
        assertThat(rows).hasSize(1);
        return Long.parseLong(rows.get(0).replaceAll(".*change_count=(\\d+)\\|.*", "$1"));
    }
}
