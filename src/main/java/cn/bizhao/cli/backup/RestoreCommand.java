package cn.bizhao.cli.backup;

import cn.bizhao.cli.BizhaoCommand;
import cn.bizhao.cli.Cli;
import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.audit.ChainReport;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.backup.BackupDamagedException;
import cn.bizhao.service.backup.BackupInfo;
import cn.bizhao.service.backup.RestoreResult;
import cn.bizhao.service.backup.StationRestore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bizhao restore --from DIR --data-dir NEW [--password-stdin]}: a backup into a new or empty data
 * home, with no station open (embedded Derby allows one program at a time). {@code --data-dir} must be
 * given: a restore never falls back on the default data home, which may be the station in use.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", required = true, descriptionKey = "cli.option.restoreFrom")
    private Path from;

    @Option(names = "--password-stdin", descriptionKey = "cli.option.restorePasswordStdin")
    private boolean passwordStdin;

    @Override
    public Integer call() {
        Messages messages = Cli.messages(spec.commandLine());
        BizhaoCommand root = (BizhaoCommand) spec.root().userObject();
        if (root.dataDir() == null) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.restore.dataDirRequired"));
        }
        StationRestore restore;
        try {
            restore = StationRestore.prepare(from, root.dataDir());
        } catch (BackupDamagedException e) {
            BackupProblems.print(e.problems(), spec.commandLine().getErr(), messages);
            spec.commandLine().getErr().println(messages.get(e.messageKey(), e.arguments()));
            spec.commandLine().getErr().flush();
            return ExitCode.BACKUP_DAMAGED;
        }
        char[] passphrase = root.passwords().read(passwordStdin, messages.get("cli.restore.prompt.passphrase"));
        try {
            print(restore.restore(passphrase, root.opener()), messages);
            return ExitCode.OK;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private void print(RestoreResult result, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        BackupInfo backup = result.backup();
        out.println(messages.get("cli.restore.done", result.dataHome().toString(), backup.institution() + " " + backup.station(),
                backup.createdAt().toString(), backup.createdBy()));
        ChainReport trail = result.auditTrail();
        out.println(trail.intact() ? messages.get("cli.restore.auditIntact", trail.recordCount())
                : messages.get("cli.restore.auditBroken", trail.breaks().size(), trail.breaks().get(0).recordId()));
        out.flush();
    }
}
