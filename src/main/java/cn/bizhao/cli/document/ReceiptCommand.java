package cn.bizhao.cli.document;

import cn.bizhao.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code bizhao receipt --application NO --out F.pdf}: 受理回执 of an accepted application. */
@Command(name = "receipt", mixinStandardHelpOptions = true)
public final class ReceiptCommand extends DocumentCommand {
    @ArgGroup(multiplicity = "1")
    private ApplicationChoice application;

    @Override
    protected byte[] render(Services services) {
        return services.documents().receipt(application.resolve(services.intake()).id());
    }
}
