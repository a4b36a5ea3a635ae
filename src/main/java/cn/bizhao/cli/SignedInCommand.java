package cn.bizhao.cli;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
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
        char[] password = root().passwords().read(passwordStdin, messages().get("cli.prompt.password", login));
        User user = services.accounts().login(login, password);
        if (user.mustChangePassword()) {
            throw new DomainException("error.cli.mustChangePasswordFirst");
        }
        Permissions.require(user, permission());
        return run(services, user);
    }

    /** What the user must be allowed to do. */
    protected abstract Permission permission();

    protected abstract int run(Services services, User user) throws Exception;
}
