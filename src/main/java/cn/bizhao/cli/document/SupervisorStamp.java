package cn.bizhao.cli.document;

import cn.bizhao.cli.PasswordInput;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.account.AccountService;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * {@code --stamped --as LOGIN [--password-stdin]}. The command line has no session,
 * so the supervisor signs in for this one print, with the same login, lockout and role check as
 * the window; the password is never an argument, which others can read in the process list.
 */
public final class SupervisorStamp {
    @Option(names = "--stamped", required = true, descriptionKey = "cli.option.stamped")
    private boolean stamped;

    @Option(names = "--as", paramLabel = "LOGIN", required = true, descriptionKey = "cli.option.as")
    private String login;

    @Option(names = "--password-stdin", descriptionKey = "cli.option.supervisorPasswordStdin")
    private boolean passwordStdin;

    /** The supervisor, signed in; the document service checks the role and the application's status. */
    User signIn(AccountService accounts, PasswordInput passwords, Messages messages) {
        char[] password = passwords.read(passwordStdin, messages.get("cli.form.prompt.password", login));
        try {
            User user = accounts.login(login, password);
            if (user.mustChangePassword()) {
                // a password someone else set is not yet the supervisor's own signature
                throw new DomainException("error.cli.stampNeedsOwnPassword", user.login());
            }
            return user;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

}
