package cn.bizhao.cli.user;

import cn.bizhao.cli.StationCommand;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import picocli.CommandLine.Option;

/**
 * A command done by an administrator. The command line has no session, so the administrator signs in
 * for each command: the same login, lockout and permission check as the window.
 */
abstract class AdministratorCommand extends StationCommand {
    @Option(names = "--admin", paramLabel = "LOGIN", required = true, descriptionKey = "cli.option.admin")
    private String admin;

    @Option(names = "--password-stdin", descriptionKey = "cli.option.passwordStdin")
    private boolean passwordStdin;

    @Override
    protected final int run(Services services) throws Exception {
        User signedIn = services.accounts().login(admin, password(messages().get("cli.users.prompt.admin", admin)));
        if (signedIn.mustChangePassword()) {
            throw new DomainException("error.cli.mustChangePassword");
        }
        Permissions.require(signedIn, Permission.ADMINISTER);
        return run(services, signedIn);
    }

    protected abstract int run(Services services, User admin) throws Exception;

    /** One password, from standard input or the console as the options say. */
    protected char[] password(String prompt) {
        return root().passwords().read(passwordStdin, prompt);
    }

    /** A new password: typed twice at the console; a script gives it once. */
    protected char[][] newPassword() {
        char[] password = password(messages().get("cli.users.prompt.newPassword"));
        char[] repeated = passwordStdin ? password.clone() : password(messages().get("cli.users.prompt.repeatPassword"));
        return new char[][] {password, repeated};
    }
}
