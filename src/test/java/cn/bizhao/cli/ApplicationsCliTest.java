package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.NewUser;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.TestStation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bizhao applications list} on the demo station, which the tests only read: signed in like the
 * window, with the filters of 申请查询.
 */
class ApplicationsCliTest {
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "Demo-2024";
    private static final String KEEPER_PASSWORD = "Keeper-2024";

    @TempDir
    static Path home;
    private static List<Application> stored;

    private final CliRunner cli = new CliRunner(home);

    @BeforeAll
    static void demoStation() {
        CliRunner demo = new CliRunner(home);
        assertThat(demo.run("demo")).isZero();
        assertThat(demo.out()).contains("6 份虚构的申请").contains("applications list --as admin");
        try (Services services = TestStation.open(home)) {
            stored = services.intake().list(null);
            User admin = services.accounts().login(ADMIN, ADMIN_PASSWORD.toCharArray());
            String initial = "Initial-2024";
            services.users().create(admin, new NewUser("it", "运维管理员", Set.of(Role.ADMIN), initial.toCharArray(),
                    initial.toCharArray()));
            services.accounts().changePassword("it", initial.toCharArray(), KEEPER_PASSWORD.toCharArray(),
                    KEEPER_PASSWORD.toCharArray());
        }
    }

    /** {@code applications list} with the arguments given, signed in as the demo administrator. */
    private int list(String... args) {
        return listAs(cli, ADMIN, ADMIN_PASSWORD, args);
    }

    private static int listAs(CliRunner runner, String login, String password, String... args) {
        List<String> all = new ArrayList<>(List.of("applications", "list"));
        all.addAll(List.of(args));
        all.addAll(List.of("--as", login, "--password-stdin"));
        return runner.runWithInput(password + "\n", all.toArray(String[]::new));
    }

    private static Application storedNamed(String name) {
        return stored.stream().filter(a -> name.equals(a.applicant().name())).findFirst().orElseThrow();
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        assertThat(list(all.toArray(String[]::new))).isZero();
        return new ObjectMapper().readTree(cli.out());
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(row -> row.get("id").asLong()).toList();
    }

    @Test
    void listsEveryApplicationAsATableWithItsMappedOccupationAndLevel() {
        Application electrician = storedNamed("阮文雄");

        assertThat(list()).isZero();

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
        assertThat(list()).isZero();

        List<String> lines = cli.out().lines().toList();
        int statusColumn = TextTable.width(lines.get(0).substring(0, lines.get(0).indexOf("状态")));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            int at = List.of("草稿", "待补正", "已受理").stream().mapToInt(line::indexOf).filter(i -> i >= 0).min().orElseThrow();
            assertThat(TextTable.width(line.substring(0, at))).isEqualTo(statusColumn);
        });
    }

    @Test
    void neverShowsAWholeDocumentNumber() {
        list();
        String table = cli.out();
        list("--format", "json");
        String json = cli.out();

        assertThat(stored).allSatisfy(a -> {
            assertThat(table).doesNotContain(a.applicant().idNumber());
            assertThat(json).doesNotContain(a.applicant().idNumber());
        });
    }

    @Test
    void answersScriptsWithAJsonArray() throws Exception {
        Application student = storedNamed("林雅婷");

        JsonNode list = json();

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
        JsonNode list = json("--status", "DRAFT");

        assertThat(list).hasSize(2).allSatisfy(row -> assertThat(row.get("acceptanceNo").isNull()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCEPTED", "accepted", "已受理"})
    void filtersByStatusByNameOrAsShownInTheWindow(String status) throws Exception {
        JsonNode list = json("--status", status);

        assertThat(list).hasSize(3).allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("ACCEPTED"));
    }

    @Test
    void saysSoWhenNoApplicationHasTheStatus() {
        assertThat(list("--status", "APPROVED")).isZero();

        assertThat(cli.out().strip()).isEqualTo("没有状态为“机构审核通过”的申请。");
    }

    @Test
    void refusesAnUnknownStatusInOneLineListingTheValidOnes() {
        assertThat(list("--status", "FINISHED")).isEqualTo(ExitCode.USAGE);

        assertThat(cli.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("FINISHED").contains("DRAFT（草稿）").contains("ACCEPTED（已受理）").contains("WITHDRAWN（申请人撤回）"));
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void speaksEnglishWhenAsked() {
        CliRunner english = new CliRunner(home, Messages.of(Locale.ENGLISH));

        assertThat(listAs(english, ADMIN, ADMIN_PASSWORD, "--status", "accepted")).isZero();

        assertThat(english.out().lines().findFirst().orElseThrow()).contains("Acceptance no.").contains("Status");
        assertThat(english.out()).contains("Accepted").contains("初级工（五级）");
    }

    @Test
    void saysSoOnAStationWithoutApplications(@TempDir Path empty) {
        TestStation.withAdministrator(empty).close();
        CliRunner fresh = new CliRunner(empty);

        assertThat(listAs(fresh, TestStation.ADMIN, TestStation.PASSWORD)).isZero();

        assertThat(fresh.out().strip()).isEqualTo("还没有申请。");
    }

    @Test
    void listsTheNewestFirstByAcceptanceOrCreation() throws Exception {
        List<Long> newestFirst = stored.stream()
                .sorted(Comparator.comparing((Application a) -> a.acceptedAt() == null ? a.createdAt() : a.acceptedAt())
                        .thenComparing(Application::id).reversed())
                .map(Application::id).toList();

        assertThat(ids(json())).isEqualTo(newestFirst);
    }

    @Test
    void needsASignIn() {
        assertThat(cli.run("applications", "list")).isEqualTo(ExitCode.USAGE);

        assertThat(cli.err()).contains("--as");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(listAs(cli, ADMIN, "Wrong-2024")).isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().strip()).isEqualTo("用户名或密码错误，请重新输入。");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void refusesAnAdministratorWhoHandlesNoApplications() {
        assertThat(listAs(cli, "it", KEEPER_PASSWORD)).isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().strip()).startsWith("只有受理员、审核员或主管可以查询申请。");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void findsByAPartOfTheName() throws Exception {
        assertThat(ids(json("--name", "雅婷"))).containsExactly(storedNamed("林雅婷").id());
    }

    @Test
    void findsByAPartOfTheAcceptanceNumber() throws Exception {
        Application electrician = storedNamed("阮文雄");
        String number = electrician.acceptanceNo();

        assertThat(ids(json("--number", number.substring(number.length() - 5)))).containsExactly(electrician.id());
    }

    @Test
    void findsByTheWholeDocumentNumberOnlyAndStillShowsItMasked() throws Exception {
        Application student = storedNamed("林雅婷");
        String number = student.applicant().idNumber();

        JsonNode found = json("--document-number", number);

        assertThat(ids(found)).containsExactly(student.id());
        assertThat(found.toString()).doesNotContain(number);
        assertThat(list("--document-number", number.substring(0, number.length() - 1))).isZero();
        assertThat(cli.out().strip()).isEqualTo("没有符合条件的申请。");
    }

    @Test
    void findsByAPartOfTheCertificateNumber() throws Exception {
        Application electrician = storedNamed("阮文雄");
        String number = electrician.certificate().number();

        assertThat(ids(json("--certificate", number.substring(2).toLowerCase(Locale.ROOT))))
                .containsExactly(electrician.id());
    }

    @Test
    void findsByTheMappedOccupation() throws Exception {
        assertThat(ids(json("--occupation", "中式烹调师"))).containsExactly(storedNamed("林雅婷").id());
        assertThat(json("--occupation", "美容师")).isEmpty();
    }

    @Test
    void findsByTheDaysOfAcceptance() throws Exception {
        LocalDate today = LocalDate.now(AcceptedApplications.CHINA);
        List<Long> accepted = stored.stream().filter(a -> a.acceptanceNo() != null).map(Application::id).toList();

        assertThat(ids(json("--from", today.toString(), "--to", today.toString())))
                .containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(json("--to", today.minusDays(1).toString())).isEmpty();
    }

    @Test
    void saysOnStandardErrorWhenTheLimitCutTheList() throws Exception {
        JsonNode list = json("--limit", "2");

        assertThat(list).hasSize(2);
        assertThat(cli.err().strip()).isEqualTo("共 " + stored.size() + " 份符合条件，只列出了最新的 2 份；用 --limit 列出更多，或加上条件缩小范围。");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItBegins() {
        assertThat(list("--from", "2025-05-01", "--to", "2025-04-01")).isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().strip())
                .isEqualTo("受理日期起（2025-05-01）晚于受理日期止（2025-04-01）。请把起始日期改为不晚于截止日期。");
    }

    @Test
    void refusesALimitBelowOne() {
        assertThat(list("--limit", "0")).isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().strip()).isEqualTo("列出的份数至少为 1，现为 0。请给出 1 或更大的数。");
    }
}
