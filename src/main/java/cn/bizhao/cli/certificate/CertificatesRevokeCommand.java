package cn.bizhao.cli.certificate;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.domain.department.StationKind;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao certificates revoke --certificate N --reason TEXT --document-no NO --as LOGIN [--to DIR]}:
 * at the department the certificate is revoked and the signed revocation package written into DIR; at
 * an institution the supervisor records the revocation on the department's written instruction.
 */
@Command(name = "revoke", mixinStandardHelpOptions = true)
public final class CertificatesRevokeCommand extends SignedInCommand {
    @Option(names = "--certificate", paramLabel = "N", required = true, descriptionKey = "cli.option.certificateNumber")
    private String number;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "cli.option.reason")
    private String reason;

    @Option(names = "--document-no", paramLabel = "NO", required = true, descriptionKey = "cli.option.documentNo")
    private String documentNo;

    @Option(names = "--to", paramLabel = "DIR", descriptionKey = "cli.option.to")
    private Path folder;

    @Override
    protected Permission permission() {
        return Permission.SUPERVISE;
    }

    @Override
    protected int run(Services services, User user) {
        var department = services.department();
        if (department.decisions().kind() == StationKind.DEPARTMENT) {
            Path file = department.decisions().revokeAndExport(user, number, reason, documentNo,
                    folder == null ? Path.of(".") : folder);
            out().println(messages().get("cli.revoke.package", number, file.toString()));
        } else {
            department.revocations().revoke(user, number, reason, documentNo);
            out().println(messages().get("cli.revoke.recorded", number, documentNo));
        }
        out().flush();
        return ExitCode.OK;
    }
}
