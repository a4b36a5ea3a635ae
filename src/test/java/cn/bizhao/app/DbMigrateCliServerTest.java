package cn.bizhao.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.cli.Cli;
import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.PasswordInput;
import cn.bizhao.i18n.Messages;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.service.Services;
import cn.bizhao.testing.PostgresTestServer;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bizhao db migrate} and {@code bizhao station join} as a script runs them, on a real Derby and the test server. */
class DbMigrateCliServerTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theDemoDeskMovesToTheServerAndASecondStationJoinsIt() {
        Path desk = folder.resolve("desk");
        ServerLogin login = PostgresTestServer.get().newDatabase();
        assertThat(run("", "demo", "--data-dir", desk.toString())).isZero();

        int moved = run("Demo-2024\n" + login.password() + "\n", "db", "migrate", "--to", login.url(), "--db-user",
                login.user(), "--as", "admin", "--password-stdin", "--data-dir", desk.toString());

        assertThat(moved).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("已迁移到机构数据库", login.location());
        assertThat(new DataHome(desk).database()).isDirectory();

        Path second = folder.resolve("second");
        int joined = run(login.password() + "\n", "station", "join", "--db-url", login.url(), "--db-user", login.user(),
                "--password-stdin", "--data-dir", second.toString());

        assertThat(joined).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("广西示例职业技能评价中心（演示）");
        try (Services station = Station.open(new DataHome(second))) {
            assertThat(station.station().info().orElseThrow().institutionCode()).isEqualTo("DEMO45");
        }
    }

    @Test
    void aSecondMoveIntoTheSameDatabaseIsRefusedInOneLineAndTheDeskStaysEmbedded() {
        ServerLogin login = PostgresTestServer.get().newDatabase();
        Path first = folder.resolve("first");
        Path other = folder.resolve("other");
        assertThat(run("", "demo", "--data-dir", first.toString())).isZero();
        assertThat(run("", "demo", "--data-dir", other.toString())).isZero();
        assertThat(run("Demo-2024\n" + login.password() + "\n", "db", "migrate", "--to", login.url(), "--db-user",
                login.user(), "--as", "admin", "--password-stdin", "--data-dir", first.toString())).isZero();

        int refused = run("Demo-2024\n" + login.password() + "\n", "db", "migrate", "--to", login.url(), "--db-user",
                login.user(), "--as", "admin", "--password-stdin", "--data-dir", other.toString());

        assertThat(refused).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().strip()).startsWith("机构数据库").contains("不是空的").doesNotContain("\n");
        assertThat(Files.exists(new DataHome(other).databaseSettings())).isFalse();
    }

    private int run(String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Cli.create(dir -> Station.open(new DataHome(dir)), request -> { }, Messages.chinese(),
                PasswordInput.of(new StringReader(stdin)), new StationServers(Map.of()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
