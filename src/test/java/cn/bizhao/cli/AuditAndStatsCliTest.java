package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.app.DataHome;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.TestStation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bizhao audit verify|export} and {@code bizhao stats} against a real station; the trail is
 * tampered with the way an intruder holding the data home would: plain JDBC with the boot key.
 */
class AuditAndStatsCliTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private List<AuditRecord> trail;

    @BeforeEach
    void station() {
        try (Services services = TestStation.withAdministrator(home)) {
            User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
            AcceptedApplications applications = new AcceptedApplications(services, admin);
            applications.accepted("广西南宁市青秀区示例路1号", "示例公司", "越南", "电工", "四级",
                    AcceptedApplications.at("2024-03-05T10:00"), ApplicationStatus.ACCEPTED);
            applications.accepted("广西桂林市示例路2号", "示例公司", "缅甸", "焊工", "三级",
                    AcceptedApplications.at("2024-04-02T10:00"), ApplicationStatus.IN_REVIEW);
            trail = services.audit().all();
        }
    }

    private int run(String stdin, String... args) {
        CommandLine cli = Cli.create(TestStation::open, dir -> { }, Messages.chinese(), PasswordInput.of(new StringReader(stdin)));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", home.toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    private int asAdmin(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--as", TestStation.ADMIN, "--password-stdin"));
        return run(TestStation.PASSWORD + "\n", all.toArray(String[]::new));
    }

    /** Runs one statement on the closed station's database, opened with nothing but JDBC and the key file. */
    private void tamper(String sql, Object... parameters) throws Exception {
        DataHome data = new DataHome(home);
        String key = Files.readString(data.bootKey()).strip();
        String url = "jdbc:derby:" + data.database().toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + key);
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).isEqualTo("08006"); // Derby's word for a clean shutdown
        }
    }

    private long middleRecord() {
        return trail.get(trail.size() / 2).id();
    }

    @Test
    void verifyExitsZeroOnAnIntactTrail() {
        assertThat(run("", "audit", "verify")).isZero();

        assertThat(out.toString()).contains("操作日志链完整").contains("共 " + trail.size() + " 条记录");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void verifyReportsAnEditedRecordAndExitsFive() throws Exception {
        long edited = middleRecord();
        tamper("UPDATE audit_record SET detail = ? WHERE id = ?", "nothing happened here", edited);

        assertThat(run("", "audit", "verify")).isEqualTo(ExitCode.AUDIT_CHAIN_BROKEN);

        assertThat(out.toString().strip().lines()).containsExactly("记录 " + edited + "：记录内容被修改");
        assertThat(err.toString().strip().lines()).containsExactly(
                "操作日志链断开：共 1 处，第一处在记录 " + edited + "。请立即报告主管并保留数据库备份。");
    }

    @Test
    void verifyReportsADeletedRecordAtTheNextOne() throws Exception {
        long deleted = middleRecord();
        long next = trail.get(trail.size() / 2 + 1).id();
        tamper("DELETE FROM audit_record WHERE id = ?", deleted);

        assertThat(run("", "audit", "verify", "--format", "json")).isEqualTo(ExitCode.AUDIT_CHAIN_BROKEN);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("intact").asBoolean()).isFalse();
        assertThat(json.get("records").asInt()).isEqualTo(trail.size() - 1);
        assertThat(json.get("breaks")).hasSize(1);
        assertThat(json.get("breaks").get(0).get("recordId").asLong()).isEqualTo(next);
        assertThat(json.get("breaks").get(0).get("kind").asText()).isEqualTo("PREVIOUS_RECORD_MISSING_OR_CHANGED");
    }

    @Test
    void exportWritesTheTrailAsCsvForAReader() throws Exception {
        Path file = home.resolve("trail.csv");

        assertThat(asAdmin("audit", "export", "--out", file.toString(), "--action", "LOGIN")).isZero();

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF记录号,时间,操作人");
        assertThat(csv.lines()).hasSize(3); // headings, the fixture's sign-in, the export's own sign-in
        assertThat(out.toString()).contains("已导出 2 条记录");
    }

    @Test
    void exportNeedsAUserWhoSignsIn() {
        assertThat(run("", "audit", "export", "--out", home.resolve("t.csv").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("Wrong-2024\n", "audit", "export", "--out", home.resolve("t.csv").toString(),
                "--as", TestStation.ADMIN, "--password-stdin")).isEqualTo(ExitCode.FAILED);
        assertThat(Files.exists(home.resolve("t.csv"))).isFalse();
    }

    @Test
    void statsAsCsv() {
        assertThat(asAdmin("stats", "--from", "2024-03-01", "--to", "2024-04-30")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("维度代码,维度,代码,名称,件数");
        assertThat(lines).contains("TOTAL,合计,2024-03-01/2024-04-30,合计,2", "MONTH,按月份,2024-03,2024-03,1",
                "CITY,按属地（地级市）,450300,桂林市,1", "CITY,按属地（地级市）,451400,崇左市,0",
                "REGION,按证书国家（地区）,缅甸,缅甸,1", "OCCUPATION_LEVEL,按职业（工种）及等级,焊工|LEVEL_4,\"焊工 中级工（四级）\",1",
                "STATUS,按办理状态,IN_REVIEW,审核中,1");
    }

    @Test
    void statsAsJson() throws Exception {
        assertThat(asAdmin("stats", "--from", "2024-03-01", "--to", "2024-03-31", "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("total").asLong()).isEqualTo(1);
        assertThat(json.get("dimensions").get("CITY").get(0).get("key").asText()).isEqualTo("450100");
        assertThat(json.get("dimensions").get("CITY").get(0).get("count").asLong()).isEqualTo(1);
        assertThat(json.get("dimensions").get("REGION").get(0).get("name").asText()).isEqualTo("越南");
    }
}
