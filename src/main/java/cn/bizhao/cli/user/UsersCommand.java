package cn.bizhao.cli.user;

import picocli.CommandLine.Command;

/** {@code bizhao users list|create|reset-password|disable|enable}, done as an administrator. */
@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersListCommand.class, UsersCreateCommand.class, UsersResetPasswordCommand.class,
                       UsersDisableCommand.class, UsersEnableCommand.class})
public final class UsersCommand {
}
