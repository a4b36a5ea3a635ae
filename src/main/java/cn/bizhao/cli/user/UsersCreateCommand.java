package cn.bizhao.cli.user;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.NewUser;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bizhao users create}: a new user, who must change the initial password at first login. */
@Command(name = "create", mixinStandardHelpOptions = true)
public final class UsersCreateCommand extends AdministratorCommand {
    @Option(names = "--login", paramLabel = "LOGIN", required = true, descriptionKey = "cli.option.userLogin")
    private String login;

    @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "cli.option.userName")
    private String name;

    @Option(names = "--role", paramLabel = "ROLE", required = true, split = ",", descriptionKey = "cli.option.role")
    private List<Role> roles;

    @Override
    protected int run(Services services, User admin) {
        char[][] password = newPassword();
        User created = services.users().create(admin, new NewUser(login, name, EnumSet.copyOf(roles), password[0], password[1]));
        out().println(messages().get("cli.users.created", created.login(), created.displayName()));
        return ExitCode.OK;
    }
}
