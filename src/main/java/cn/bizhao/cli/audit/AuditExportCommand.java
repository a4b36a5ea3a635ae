package cn.bizhao.cli.audit;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditQuery;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.CsvFile;
import cn.bizhao.service.Services;
import cn.bizhao.service.audit.AuditCsv;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao audit export --as LOGIN --out F.csv [--from D] [--to D] …}: the trail, or the part the
 * filter selects, as CSV with the chain's verdict on each record; the export itself is recorded.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class AuditExportCommand extends SignedInCommand {
    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.option.auditOut")
    private Path file;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.auditFrom")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.auditTo")
    private LocalDate to;

    @Option(names = "--actor", paramLabel = "LOGIN", descriptionKey = "cli.option.auditActor")
    private String actor;

    @Option(names = "--action", paramLabel = "ACTION", descriptionKey = "cli.option.auditAction")
    private AuditAction action;

    @Option(names = "--application", paramLabel = "NUMBER", descriptionKey = "cli.option.auditApplication")
    private String application;

    @Override
    protected Permission permission() {
        return Permission.READ_AUDIT_TRAIL;
    }

    @Override
    protected int run(Services services, User reader) throws IOException {
        int written;
        try (Writer out = CsvFile.create(file)) {
            written = services.audit().export(reader, new AuditQuery(from, to, actor, action, application),
                    new AuditCsv(messages()), out);
        }
        out().println(messages().get("cli.audit.export.done", written, file.toAbsolutePath()));
        out().flush();
        return ExitCode.OK;
    }
}
