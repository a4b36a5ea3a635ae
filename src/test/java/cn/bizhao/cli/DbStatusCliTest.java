package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.station.DatabaseStatus;
import cn.bizhao.testing.TestEngine;
import cn.bizhao.testing.TestStation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bizhao db status} on the engine the tests run on. */
class DbStatusCliTest {
    @TempDir
    Path home;

    @Test
    void printsTheEngineWhereItIsTheSchemaVersionAndTheStation() {
        DatabaseStatus database;
        try (Services services = TestStation.withAdministrator(home)) {
            database = services.database();
        }
        CliRunner cli = new CliRunner(home);

        int exit = cli.run("db", "status");

        Messages messages = Messages.chinese();
        assertThat(exit).isZero();
        assertThat(cli.out()).isEqualTo(String.join(System.lineSeparator(),
                messages.get("cli.db.status.engine", messages.get("database.engine." + database.engine())),
                messages.get("cli.db.status.location", database.location()),
                messages.get("cli.db.status.schema", database.schemaVersion()),
                messages.get("cli.db.status.station", TestStation.STATION.stationName(),
                        TestStation.STATION.institutionName(), TestStation.STATION.institutionCode()), ""));
        assertThat(database.engine()).isEqualTo(TestEngine.current().databaseId());
        if (TestEngine.onServer()) {
            assertThat(database.location()).matches("localhost:\\d+/station_\\d+");
        } else {
            assertThat(database.location()).isEqualTo(home.resolve("db").toAbsolutePath().toString());
        }
    }

    @Test
    void printsJsonForScripts() {
        TestStation.withAdministrator(home).close();
        CliRunner cli = new CliRunner(home);

        cli.run("db", "status", "--format", "json");

        assertThat(cli.out()).contains("\"engine\" : \"" + TestEngine.current().databaseId() + "\"",
                "\"station\" : \"测试窗口\"");
    }
}
