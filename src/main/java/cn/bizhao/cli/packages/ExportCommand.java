package cn.bizhao.cli.packages;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignIn;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.department.DecisionService;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.ExportProgress;
import cn.bizhao.service.packages.ExportRequest;
import cn.bizhao.service.packages.ExportResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bizhao export --application NO... --to DIR [--type submission|review|review-result]
 * [--encrypt-for CERT] --as LOGIN}: one signed package per application and the batch list.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand extends StationCommand {
    @Option(names = "--application", paramLabel = "NO", arity = "1..*", required = true,
            descriptionKey = "cli.option.application")
    private List<String> acceptanceNumbers;

    @Option(names = "--to", paramLabel = "DIR", required = true, descriptionKey = "cli.option.to")
    private Path folder;

    @Option(names = "--type", defaultValue = "submission", descriptionKey = "cli.option.packageType")
    private String type;

    @Option(names = "--encrypt-for", paramLabel = "CERT", descriptionKey = "cli.option.encryptFor")
    private String recipient;

    @Mixin
    private SignIn signIn;

    @Override
    protected int run(Services services) {
        boolean decision = DecisionService.isDecisionLabel(type);
        ExportKind kind = decision ? null : ExportKind.ofLabel(type);
        User user = signIn.user(services, messages().get("cli.signIn.prompt"));
        List<Long> ids = acceptanceNumbers.stream()
                .map(no -> services.intake().findByAcceptanceNo(no)
                        .orElseThrow(() -> new DomainException("cli.export.notFound", no)).id())
                .toList();
        if (decision) {
            var written = services.department().decisions().exportDecisions(user, ids, folder);
            written.packages().forEach(file -> out().println(messages().get("cli.export.decision", file.toString())));
            out().println(messages().get("cli.export.decisionBatch", written.batchList().toString()));
            return ExitCode.OK;
        }
        ExportResult result = services.exports().export(user,
                new ExportRequest(kind, ids, folder, Optional.ofNullable(recipient)), ExportProgress.NONE);
        for (ExportResult.Exported exported : result.packages()) {
            out().println(messages().get("cli.export.package", exported.file().toString(), exported.bytes(),
                    exported.status()));
        }
        out().println(messages().get("cli.export.batch", result.batchCsv().toString(), result.batchPdf().toString()));
        return ExitCode.OK;
    }
}
