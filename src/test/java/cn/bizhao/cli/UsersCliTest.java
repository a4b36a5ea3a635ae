package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bizhao users …} against a real station whose administrator signs in for every command. */
class UsersCliTest {
    private static final String INITIAL = "Start-2024";

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void station() {
        TestStation.withAdministrator(home).close();
    }

    /** Runs the command with {@code stdin} as standard input and no console, as in a script. */
    private int run(String stdin, String... args) {
        CommandLine cli = Cli.create(TestStation::open, dir -> { }, Messages.chinese(), PasswordInput.of(new StringReader(stdin)));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", home.toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    private int asAdmin(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--admin", TestStation.ADMIN, "--password-stdin"));
        return run(stdin, all.toArray(String[]::new));
    }

    private <T> T onStation(Function<Services, T> look) {
        try (Services services = TestStation.open(home)) {
            return look.apply(services);
        }
    }

    private User signIn(String login, String password) {
        return onStation(s -> s.accounts().login(login, password.toCharArray()));
    }

    private void createClerk() {
        assertThat(asAdmin(TestStation.PASSWORD + "\n" + INITIAL + "\n",
                "users", "create", "--login", "li", "--name", "李受理", "--role", "clerk")).isZero();
    }

    @Test
    void createsAUserWhoMustChangeThePasswordReadFromStandardInput() {
        assertThat(asAdmin(TestStation.PASSWORD + "\n" + INITIAL + "\n",
                "users", "create", "--login", "zhou", "--name", "周审核", "--role", "REVIEWER,supervisor")).isZero();

        assertThat(out.toString()).contains("zhou").contains("周审核");
        User zhou = signIn("zhou", INITIAL);
        assertThat(zhou.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.SUPERVISOR);
        assertThat(zhou.mustChangePassword()).isTrue();
    }

    @Test
    void listsUsersAsJson() throws Exception {
        createClerk();

        assertThat(asAdmin(TestStation.PASSWORD + "\n", "users", "list", "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString().substring(out.toString().indexOf('[')));
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("login").asText()).isEqualTo("li");
        assertThat(json.get(1).get("roles").get(0).asText()).isEqualTo("CLERK");
        assertThat(json.get(1).get("mustChangePassword").asBoolean()).isTrue();
    }

    @Test
    void listsUsersAsText() {
        createClerk();

        assertThat(asAdmin(TestStation.PASSWORD + "\n", "users", "list")).isZero();

        assertThat(out.toString()).contains("li  李受理  受理员  正常  待本人修改");
    }

    @Test
    void disablesAndEnablesAUser() {
        createClerk();

        assertThat(asAdmin(TestStation.PASSWORD + "\n", "users", "disable", "li")).isZero();
        boolean enabled = onStation(s -> s.users().list(s.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray()))
                .get(1).enabled());
        assertThat(enabled).isFalse();

        assertThat(asAdmin(TestStation.PASSWORD + "\n", "users", "enable", "li")).isZero();
        assertThat(signIn("li", INITIAL).enabled()).isTrue();
    }

    @Test
    void resetsAPassword() {
        createClerk();

        assertThat(asAdmin(TestStation.PASSWORD + "\nAgain-2024\n", "users", "reset-password", "li")).isZero();

        assertThat(signIn("li", "Again-2024").mustChangePassword()).isTrue();
    }

    @Test
    void refusesAWrongAdministratorPasswordInOneLine() {
        assertThat(asAdmin("Wrong-2024\n", "users", "list")).isEqualTo(ExitCode.FAILED);

        assertThat(err.toString().strip().lines()).containsExactly("用户名或密码错误，请重新输入。");
    }

    @Test
    void refusesAUserWhoIsNoAdministrator() {
        createClerk();
        onStation(s -> s.accounts().changePassword("li", INITIAL.toCharArray(), "Chosen-2024".toCharArray(),
                "Chosen-2024".toCharArray()));

        assertThat(run("Chosen-2024\n", "users", "list", "--admin", "li", "--password-stdin")).isEqualTo(ExitCode.FAILED);

        assertThat(err.toString()).contains("只有管理员");
    }

    @Test
    void refusesToDisableTheOnlyAdministrator() {
        createClerk();
        assertThat(asAdmin(TestStation.PASSWORD + "\n" + INITIAL + "\n",
                "users", "create", "--login", "wang", "--name", "王管理", "--role", "ADMIN")).isZero();

        assertThat(asAdmin(TestStation.PASSWORD + "\n", "users", "disable", "admin")).isEqualTo(ExitCode.FAILED);

        assertThat(err.toString()).contains("不能停用自己");
    }

    @Test
    void withoutATerminalAsksForPasswordStdin() {
        assertThat(run("", "users", "list", "--admin", TestStation.ADMIN)).isEqualTo(ExitCode.FAILED);

        assertThat(err.toString()).contains("--password-stdin");
    }

    @Test
    void refusesAMissingNewPassword() {
        assertThat(asAdmin(TestStation.PASSWORD + "\n", "users", "create", "--login", "li", "--name", "李受理",
                "--role", "CLERK")).isEqualTo(ExitCode.FAILED);

        assertThat(err.toString()).contains("没有读到密码");
    }
}
