package cn.bizhao.cli.user;

import cn.bizhao.domain.user.User;
import cn.bizhao.service.account.UserAdministration;
import picocli.CommandLine.Command;

/** {@code bizhao users disable LOGIN}: the user can no longer sign in. */
@Command(name = "disable", mixinStandardHelpOptions = true)
public final class UsersDisableCommand extends UserStateCommand {
    @Override
    protected User change(UserAdministration users, User admin, String login) {
        return users.disable(admin, login);
    }
}
