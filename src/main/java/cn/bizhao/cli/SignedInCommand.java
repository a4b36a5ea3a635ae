package cn.bizhao.cli;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * A command done by a named user ({@code --as LOGIN}) who holds a permission. The command line has no
 * session, so the user signs in for each command: the same login, lockout and permission check as the
 * window. The password is typed at the console, or read from standard input with {@code --password-stdin}.
 */
public abstract class SignedInCommand extends StationCommand {
    @Option(names = "--as", paramLabel = "LOGIN", required = true, descriptionKey = "cli.option.as")
    private String login;

    @Option(names = "--password-stdin", descriptionKey = "cli.option.passwordStdinOne")
    private boolean passwordStdin;

    @Override
    protected final int run(Services services) throws Exception {
        return run(services, signIn(services, root().passwords(), messages(), new Credentials(login, passwordStdin),
                permission()));
    }

    /** Who signs in for one command, and whether the password comes from standard input. */
    public record Credentials(String login, boolean passwordStdin) {
    }

    /**
     * Signs the user in for one command and checks the permission: the same login, lockout and permission
     * check as the window; a password the administrator set must first be changed there.
     */
    public static User signIn(Services services, PasswordInput passwords, Messages messages, Credentials credentials,
                              Permission permission) {
        char[] password = passwords.read(credentials.passwordStdin(), messages.get("cli.prompt.password", credentials.login()));
        User user;
        try {
            user = services.accounts().login(credentials.login(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (user.mustChangePassword()) {
            throw new DomainException("error.cli.mustChangePasswordFirst");
        }
        Permissions.require(user, permission);
        return user;
    }

    /** What the user must be allowed to do. */
    protected abstract Permission permission();

    protected abstract int run(Services services, User user) throws Exception;
}
