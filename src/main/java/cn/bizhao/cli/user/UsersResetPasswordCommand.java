package cn.bizhao.cli.user;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bizhao users reset-password LOGIN}: a password the user must change at next login; lifts a lockout. */
@Command(name = "reset-password", mixinStandardHelpOptions = true)
public final class UsersResetPasswordCommand extends AdministratorCommand {
    @Parameters(paramLabel = "LOGIN", descriptionKey = "cli.parameter.userLogin")
    private String login;

    @Override
    protected int run(Services services, User admin) {
        char[][] password = newPassword();
        User user = services.users().resetPassword(admin, login, password[0], password[1]);
        out().println(messages().get("cli.users.passwordReset", user.login(), user.displayName()));
        return ExitCode.OK;
    }
}
