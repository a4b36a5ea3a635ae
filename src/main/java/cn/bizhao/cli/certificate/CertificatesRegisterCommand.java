package cn.bizhao.cli.certificate;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.cli.document.PdfOutput;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bizhao certificates register --as LOGIN [--text T] [--from D] [--to D] --out F.pdf [--force]}:
 * the printable register of the certificates found (证书发放登记表); printing it is audited.
 */
@Command(name = "register", mixinStandardHelpOptions = true)
public final class CertificatesRegisterCommand extends SignedInCommand {
    @Mixin
    private CertificateFilter filter;

    @Mixin
    private PdfOutput output;

    @Override
    protected Permission permission() {
        return Permission.SUPERVISE;
    }

    @Override
    protected int run(Services services, User reader) {
        output.requireFree();
        Path written = output.write(services.certificates().registerPdf(reader, filter.text, filter.from, filter.to));
        out().println(messages().get("cli.document.written", written.toString()));
        return ExitCode.OK;
    }
}
