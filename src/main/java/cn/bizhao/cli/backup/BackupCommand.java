package cn.bizhao.cli.backup;

import cn.bizhao.cli.BizhaoCommand;
import cn.bizhao.cli.Cli;
import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.PasswordInput;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.cli.SignedInCommand.Credentials;
import cn.bizhao.domain.backup.BackupPassphraseRule;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.backup.BackupResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bizhao backup --to DIR --as ADMIN [--password-stdin]}: backs the station up into a new folder
 * inside DIR. The administrator's password, then the backup passphrase (twice at the console, once from
 * standard input), are never arguments. The options are checked here rather than marked required, so that
 * {@code bizhao backup verify DIR} needs neither.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, subcommands = BackupVerifyCommand.class)
public final class BackupCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR", descriptionKey = "cli.option.backupTo")
    private Path to;

    @Option(names = "--as", paramLabel = "LOGIN", descriptionKey = "cli.option.as")
    private String login;

    @Option(names = "--password-stdin", descriptionKey = "cli.option.backupPasswordStdin")
    private boolean passwordStdin;

    @Override
    public Integer call() {
        Messages messages = Cli.messages(spec.commandLine());
        if (to == null || login == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.backup.missingOptions"));
        }
        BizhaoCommand root = (BizhaoCommand) spec.root().userObject();
        try (Services services = root.openStation()) {
            User admin = SignedInCommand.signIn(services, root.passwords(), messages,
                    new Credentials(login, passwordStdin), Permission.ADMINISTER);
            BackupResult result = backUp(services, admin, root.passwords(), messages);
            spec.commandLine().getOut().println(messages.get("cli.backup.done", result.folder().toString(), result.files(),
                    String.format(Locale.ROOT, "%.1f", result.bytes() / 1e6)));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    private BackupResult backUp(Services services, User admin, PasswordInput passwords, Messages messages) {
        char[] passphrase = passwords.read(passwordStdin,
                messages.get("cli.backup.prompt.passphrase", BackupPassphraseRule.MIN_LENGTH));
        char[] repeated = passwordStdin ? passphrase.clone()
                : passwords.read(false, messages.get("cli.backup.prompt.repeat"));
        try {
            return services.backups().backUp(admin, to, passphrase, repeated, step -> { });
        } finally {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(repeated, '\0');
        }
    }
}
