package cn.bizhao.cli.database;

import cn.bizhao.cli.BizhaoCommand;
import cn.bizhao.cli.Cli;
import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.cli.SignedInCommand.Credentials;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.database.MoveReport;
import cn.bizhao.service.database.ServerConnection;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bizhao db migrate --to URL --db-user USER --as ADMIN [--ca FILE] [--password-stdin]}: moves this
 * one-desk station into an empty institution database and switches it there. The administrator's password,
 * then the database login's, are typed at the console or read one per line from standard input.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true)
public final class DbMigrateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "URL", required = true, descriptionKey = "cli.option.dbTo")
    private String url;

    @Option(names = "--db-user", paramLabel = "USER", required = true, descriptionKey = "cli.option.dbUser")
    private String user;

    @Option(names = "--as", paramLabel = "LOGIN", required = true, descriptionKey = "cli.option.as")
    private String login;

    @Option(names = "--ca", paramLabel = "FILE", descriptionKey = "cli.option.dbCa")
    private Path ca;

    @Option(names = "--password-stdin", descriptionKey = "cli.option.dbPasswordStdin")
    private boolean passwordStdin;

    @Override
    public Integer call() {
        Messages messages = Cli.messages(spec.commandLine());
        BizhaoCommand root = (BizhaoCommand) spec.root().userObject();
        MoveReport report;
        try (Services station = root.openStation()) {
            User admin = SignedInCommand.signIn(station, root.passwords(), messages, new Credentials(login, passwordStdin),
                    Permission.ADMINISTER);
            char[] password = root.passwords().read(passwordStdin, messages.get("cli.prompt.dbPassword", user));
            try {
                report = root.servers().moveToServer(root.dataDir(), station, admin,
                        new ServerConnection(url, user, new String(password), ca));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        spec.commandLine().getOut().println(messages.get("cli.db.migrate.done", report.location(), report.tables().size(),
                report.rows(), report.files()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
