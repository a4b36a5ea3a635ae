package cn.bizhao.cli.document;

import cn.bizhao.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code bizhao notice --application NO | --draft ID --out F.pdf}: 一次性告知书 of the missing materials. */
@Command(name = "notice", mixinStandardHelpOptions = true)
public final class NoticeCommand extends DocumentCommand {
    @ArgGroup(multiplicity = "1")
    private ApplicationChoice application;

    @Override
    protected byte[] render(Services services) {
        return services.documents().notice(application.resolve(services.intake()).id());
    }
}
