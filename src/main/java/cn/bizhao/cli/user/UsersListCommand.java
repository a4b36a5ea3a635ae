package cn.bizhao.cli.user;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bizhao users list}: every user with roles and state, as text or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class UsersListCommand extends AdministratorCommand {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", descriptionKey = "cli.option.matchFormat")
    private Format format;

    @Override
    protected int run(Services services, User admin) throws IOException {
        List<User> users = services.users().list(admin);
        if (format == Format.json) {
            out().println(new ObjectMapper().writeValueAsString(users.stream().map(UsersListCommand::json).toList()));
        } else {
            out().println(messages().get("cli.users.list.heading"));
            users.forEach(user -> out().println(String.join("  ", user.login(), user.displayName(), roles(user),
                    messages().get(user.enabled() ? "users.state.enabled" : "users.state.disabled"),
                    user.mustChangePassword() ? messages().get("users.password.mustChange") : "-")));
        }
        out().flush();
        return ExitCode.OK;
    }

    private String roles(User user) {
        return user.roles().stream().sorted().map(messages()::of).collect(Collectors.joining(messages().get("cli.listSeparator")));
    }

    private static Map<String, Object> json(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("login", user.login());
        json.put("displayName", user.displayName());
        json.put("roles", user.roles().stream().sorted().map(Enum::name).toList());
        json.put("enabled", user.enabled());
        json.put("mustChangePassword", user.mustChangePassword());
        return json;
    }
}
