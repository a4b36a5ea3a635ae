package cn.bizhao.cli.user;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.UserAdministration;
import picocli.CommandLine.Parameters;

/** Disabling or enabling one user by login. */
abstract class UserStateCommand extends AdministratorCommand {
    @Parameters(paramLabel = "LOGIN", descriptionKey = "cli.parameter.userLogin")
    private String login;

    @Override
    protected final int run(Services services, User admin) {
        User user = change(services.users(), admin, login);
        out().println(messages().get(user.enabled() ? "cli.users.enabled" : "cli.users.disabled", user.login(),
                user.displayName()));
        return ExitCode.OK;
    }

    protected abstract User change(UserAdministration users, User admin, String login);
}
