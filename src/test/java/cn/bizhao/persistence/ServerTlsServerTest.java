package cn.bizhao.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.persistence.station.StationSettingMapper;
import cn.bizhao.testing.PostgresTestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A station reaches the server over TLS and checks its certificate against the administrator's CA. */
class ServerTlsServerTest {
    private final PostgresTestServer server = PostgresTestServer.get();

    private ServerLogin overTls(String host, java.nio.file.Path ca) {
        ServerLogin plain = server.newDatabase();
        return new ServerLogin(plain.url().replace("//localhost:", "//" + host + ":"), plain.user(), plain.password(), ca);
    }

    @Test
    void worksOverTlsWithTheServersCa() {
        try (Database database = Database.connect(overTls("127.0.0.1", server.caFile()))) {
            database.transactions().run(uow -> uow.mapper(StationSettingMapper.class).insert("tls.test", "ok"));

            String stored = database.transactions().inTransaction(uow -> uow.mapper(StationSettingMapper.class).find("tls.test"));

            assertThat(stored).isEqualTo("ok");
            assertThat(database.engine()).isEqualTo(Engine.POSTGRESQL);
        }
    }

    @Test
    void refusesAServerWhoseCertificateAnotherCaSigned() {
        assertThatThrownBy(() -> Database.connect(overTls("localhost", server.otherCaFile())))
                .isInstanceOfSatisfying(ServerUnavailableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.database.serverUnavailable"));
    }

    @Test
    void theServerSeesAnEncryptedConnection() throws Exception {
        ServerLogin login = overTls("localhost", server.caFile());
        try (Database ignored = Database.connect(login);
             Connection connection = java.sql.DriverManager.getConnection(login.url() + "?sslmode=verify-full&sslrootcert="
                     + login.caFile(), login.user(), login.password());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            row.next();
            assertThat(row.getBoolean(1)).isTrue();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheServerNamed() {
        ServerLogin login = overTls("localhost", server.caFile());

        assertThatThrownBy(() -> Database.connect(new ServerLogin(login.url(), login.user(), "wrong", login.caFile())))
                .isInstanceOfSatisfying(ServerUnavailableException.class,
                        e -> assertThat(e.arguments()[0]).isEqualTo(login.location()));
    }
}
