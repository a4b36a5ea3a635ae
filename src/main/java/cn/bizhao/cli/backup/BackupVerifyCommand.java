package cn.bizhao.cli.backup;

import cn.bizhao.cli.Cli;
import cn.bizhao.cli.ExitCode;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.backup.BackupCheck;
import cn.bizhao.service.backup.BackupVerifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bizhao backup verify DIR}: every file of a backup against its manifest, without the passphrase
 * and without a station, so a backup can be checked anywhere and on a schedule. One line per problem on
 * stderr, naming the file, and exit {@link ExitCode#BACKUP_DAMAGED}.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class BackupVerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", descriptionKey = "cli.parameter.backup")
    private Path folder;

    @Override
    public Integer call() {
        Messages messages = Cli.messages(spec.commandLine());
        BackupCheck check = BackupVerifier.check(folder);
        if (check.intact()) {
            spec.commandLine().getOut().println(messages.get("cli.backup.verify.intact", folder.toString(), check.files(),
                    check.info().institution() + " " + check.info().station(), check.info().createdAt().toString(),
                    check.info().createdBy()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        BackupProblems.print(check.problems(), spec.commandLine().getErr(), messages);
        return ExitCode.BACKUP_DAMAGED;
    }
}
