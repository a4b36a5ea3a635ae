package cn.bizhao.cli.station;

import cn.bizhao.cli.BizhaoCommand;
import cn.bizhao.cli.Cli;
import cn.bizhao.cli.ExitCode;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.database.ServerConnection;
import cn.bizhao.service.station.StationInfo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bizhao station join --db-url URL --db-user USER --data-dir DIR [--ca FILE] [--password-stdin]}: a new
 * data home becomes one more station of the institution on the server. {@code --data-dir} must be given, as
 * for a restore: the default data home may be a station in use.
 */
@Command(name = "join", mixinStandardHelpOptions = true)
public final class StationJoinCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db-url", paramLabel = "URL", required = true, descriptionKey = "cli.option.dbUrl")
    private String url;

    @Option(names = "--db-user", paramLabel = "USER", required = true, descriptionKey = "cli.option.dbUser")
    private String user;

    @Option(names = "--ca", paramLabel = "FILE", descriptionKey = "cli.option.dbCa")
    private Path ca;

    @Option(names = "--password-stdin", descriptionKey = "cli.option.joinPasswordStdin")
    private boolean passwordStdin;

    @Override
    public Integer call() {
        Messages messages = Cli.messages(spec.commandLine());
        BizhaoCommand root = (BizhaoCommand) spec.root().userObject();
        if (root.dataDir() == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.station.join.dataDirRequired"));
        }
        char[] password = root.passwords().read(passwordStdin, messages.get("cli.prompt.dbPassword", user));
        StationInfo institution;
        ServerConnection server = new ServerConnection(url, user, new String(password), ca);
        try {
            institution = root.servers().join(root.dataDir(), server);
        } finally {
            Arrays.fill(password, '\0');
        }
        spec.commandLine().getOut().println(messages.get("cli.station.join.done", institution.institutionName(),
                server.location(), root.dataDir().toAbsolutePath().toString()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
