package cn.bizhao.cli.user;

import cn.bizhao.domain.user.User;
import cn.bizhao.service.account.UserAdministration;
import picocli.CommandLine.Command;

/** {@code bizhao users enable LOGIN}: the user may sign in again. */
@Command(name = "enable", mixinStandardHelpOptions = true)
public final class UsersEnableCommand extends UserStateCommand {
    @Override
    protected User change(UserAdministration users, User admin, String login) {
        return users.enable(admin, login);
    }
}
