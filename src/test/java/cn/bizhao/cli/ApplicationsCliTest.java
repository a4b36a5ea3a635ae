package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bizhao applications list} on the demo station, which the tests only read. */
class ApplicationsCliTest {
    @TempDir
    static Path home;
    private static List<Application> stored;

    private final CliRunner cli = new CliRunner(home);

    @BeforeAll
    static void demoStation() {
        CliRunner demo = new CliRunner(home);
        assertThat(demo.run("demo")).isZero();
        assertThat(demo.out()).contains("6 份虚构的申请");
        try (Services services = TestStation.open(home)) {
            stored = services.intake().list(null);
        }
    }

    private static Application storedNamed(String name) {
        return stored.stream().filter(a -> name.equals(a.applicant().name())).findFirst().orElseThrow();
    }

    private JsonNode json(String... args) throws Exception {
        assertThat(cli.run(args)).isZero();
        return new ObjectMapper().readTree(cli.out());
    }

    @Test
    void listsEveryApplicationAsATableWithItsMappedOccupationAndLevel() {
        Application electrician = storedNamed("阮文雄");

        assertThat(cli.run("applications", "list")).isZero();

        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(1 + stored.size());
        assertThat(lines.get(0)).startsWith("编号").contains("受理编号").contains("比照认定职业（工种）及等级");
        assertThat(lines).filteredOn(line -> line.contains(electrician.acceptanceNo())).singleElement()
                .satisfies(line -> assertThat(line).contains("已受理").contains("阮文雄")
                        .contains("电工职业技能证书（电工 四级）").contains("电工 初级工（五级）")
                        .contains(Masking.maskDocumentNumber(electrician.applicant().idNumber())));
    }

    @Test
    void tableColumnsLineUpForChineseText() {
        assertThat(cli.run("applications", "list")).isZero();

        List<String> lines = cli.out().lines().toList();
        int statusColumn = TextTable.width(lines.get(0).substring(0, lines.get(0).indexOf("状态")));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            int at = List.of("草稿", "待补正", "已受理").stream().mapToInt(line::indexOf).filter(i -> i >= 0).min().orElseThrow();
            assertThat(TextTable.width(line.substring(0, at))).isEqualTo(statusColumn);
        });
    }

    @Test
    void neverShowsAWholeDocumentNumber() {
        cli.run("applications", "list");
        String table = cli.out();
        cli.run("applications", "list", "--format", "json");
        String json = cli.out();

        assertThat(stored).allSatisfy(a -> {
            assertThat(table).doesNotContain(a.applicant().idNumber());
            assertThat(json).doesNotContain(a.applicant().idNumber());
        });
    }

    @Test
    void answersScriptsWithAJsonArray() throws Exception {
        Application student = storedNamed("林雅婷");

        JsonNode list = json("applications", "list", "--format", "json");

        assertThat(list).hasSize(stored.size());
        JsonNode row = StreamSupport.stream(list.spliterator(), false)
                .filter(r -> student.acceptanceNo().equals(r.get("acceptanceNo").asText())).findFirst().orElseThrow();
        assertThat(row.get("id").asLong()).isEqualTo(student.id());
        assertThat(row.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(row.get("statusName").asText()).isEqualTo("已受理");
        assertThat(row.get("applicant").asText()).isEqualTo("林雅婷");
        assertThat(row.get("documentNumber").asText()).isEqualTo(Masking.maskDocumentNumber(student.applicant().idNumber()));
        assertThat(row.get("certificate").get("name").asText()).isEqualTo("中餐烹调技术士技术证");
        assertThat(row.get("certificate").get("project").asText()).isEqualTo("中餐烹调技术士");
        assertThat(row.get("certificate").get("level").asText()).isEqualTo("丙级");
        assertThat(row.get("occupation").asText()).isEqualTo("中式烹调师");
        assertThat(row.get("level").asText()).isEqualTo("高级工（三级）");
        assertThat(row.get("catalogVersion").asText()).isEqualTo("2024");
    }

    @Test
    void aDraftHasNoAcceptanceNumberInJson() throws Exception {
        JsonNode list = json("applications", "list", "--format", "json", "--status", "DRAFT");

        assertThat(list).hasSize(2).allSatisfy(row -> assertThat(row.get("acceptanceNo").isNull()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCEPTED", "accepted", "已受理"})
    void filtersByStatusByNameOrAsShownInTheWindow(String status) throws Exception {
        JsonNode list = json("applications", "list", "--status", status, "--format", "json");

        assertThat(list).hasSize(3).allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("ACCEPTED"));
    }

    @Test
    void saysSoWhenNoApplicationHasTheStatus() {
        assertThat(cli.run("applications", "list", "--status", "APPROVED")).isZero();

        assertThat(cli.out().strip()).isEqualTo("没有状态为“机构审核通过”的申请。");
    }

    @Test
    void refusesAnUnknownStatusInOneLineListingTheValidOnes() {
        assertThat(cli.run("applications", "list", "--status", "FINISHED")).isEqualTo(ExitCode.USAGE);

        assertThat(cli.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("FINISHED").contains("DRAFT（草稿）").contains("ACCEPTED（已受理）").contains("WITHDRAWN（申请人撤回）"));
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void speaksEnglishWhenAsked() {
        CliRunner english = new CliRunner(home, Messages.of(Locale.ENGLISH));

        assertThat(english.run("applications", "list", "--status", "accepted")).isZero();

        assertThat(english.out().lines().findFirst().orElseThrow()).contains("Acceptance no.").contains("Status");
        assertThat(english.out()).contains("Accepted").contains("初级工（五级）");
    }

    @Test
    void saysSoOnAStationWithoutApplications(@TempDir Path empty) {
        CliRunner fresh = new CliRunner(empty);

        assertThat(fresh.run("applications", "list")).isZero();

        assertThat(fresh.out().strip()).isEqualTo("还没有申请。");
    }
}
