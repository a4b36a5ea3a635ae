package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.testing.TestStation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line against a real station in a temporary data home. */
class CliTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<WindowRequest> windowsOpened = new ArrayList<>();

    private int run(String... args) {
        CommandLine cli = Cli.create(TestStation::open, windowsOpened::add, Messages.chinese());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = home.toString();
        return cli.execute(all);
    }

    @Test
    void matchPrintsOccupationAndLevel() {
        assertThat(run("catalog", "match", "--region", "越南", "--project", "电工", "--level", "四级")).isZero();
        assertThat(out.toString()).contains("电工").contains("初级工（五级）");
    }

    @Test
    void matchExitsThreeWithOneLineWhenNotInCatalogue() {
        assertThat(run("catalog", "match", "--region", "越南", "--project", "焊工", "--level", "四级"))
                .isEqualTo(ExitCode.NOT_IN_CATALOG);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("焊工").contains("电工、餐厅服务");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void matchAnswersScriptsInJson() throws Exception {
        assertThat(run("catalog", "match", "--region", "德国", "--project", "IHK机电师", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("inCatalog").asBoolean()).isTrue();
        assertThat(json.get("occupation").asText()).isEqualTo("电工");
        assertThat(json.get("level").asText()).isEqualTo("技师（二级）");
        assertThat(json.get("catalogVersion").asText()).isEqualTo("2024");
    }

    @Test
    void exportsEveryRowAsCsv() {
        assertThat(run("catalog", "export", "--format", "csv")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(33);
        assertThat(lines.get(0)).isEqualTo("序号,境外（国家）地区,境外职业技能项目,境外等级,比照认定职业（工种）,比照认定等级");
        assertThat(lines.get(21)).isEqualTo("21,马来西亚,无人机驾驶,二级,无人机驾驶员,初级工（五级）");
    }

    @Test
    void exportsEveryRowAsTsv() {
        assertThat(run("catalog", "export", "--format", "tsv")).isZero();
        assertThat(out.toString().lines()).hasSize(33).allMatch(line -> line.split("\t").length == 6);
    }

    @Test
    void exportsEveryRowAsJson() throws Exception {
        assertThat(run("catalog", "export", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("entries")).hasSize(32);
        assertThat(json.get("entries").get(6).get("level").asText()).isEqualTo("高级技师（一级）");
    }

    @Test
    void listShowsTheWholeCatalogue() {
        assertThat(run("catalog", "list")).isZero();
        assertThat(out.toString().lines()).hasSize(34);
    }

    @Test
    void demoSetsUpAFreshHomeAndSaysHowToLogIn() {
        assertThat(run("demo")).isZero();
        assertThat(out.toString()).contains("admin").contains("Demo-2024");
        assertThat(Files.exists(home.resolve("keys").resolve("boot.key"))).isTrue();
    }

    @Test
    void demoRefusesAHomeInUse() {
        run("demo");
        assertThat(run("demo")).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("--data-dir");
    }

    @Test
    void noSubcommandOpensTheWindowOnTheChosenHome() {
        assertThat(run()).isZero();
        assertThat(windowsOpened).containsExactly(new WindowRequest(home, null));
    }

    @Test
    void theCameraOptionGoesToTheWindow() {
        assertThat(run("--camera", "folder:/scans")).isZero();
        assertThat(windowsOpened).containsExactly(new WindowRequest(home, "folder:/scans"));
    }

    @Test
    void everySubcommandAcceptsTheDataDirectory() {
        CommandLine cli = Cli.create(TestStation::open, windowsOpened::add, Messages.chinese());
        assertThat(allCommands(cli)).allSatisfy(c -> assertThat(c.getCommandSpec().findOption("--data-dir")).isNotNull());
    }

    private static List<CommandLine> allCommands(CommandLine cli) {
        List<CommandLine> all = new ArrayList<>(List.of(cli));
        cli.getSubcommands().values().forEach(sub -> all.addAll(allCommands(sub)));
        return all;
    }
}
