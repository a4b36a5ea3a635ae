package cn.bizhao.cli.document;

import cn.bizhao.service.Services;
import picocli.CommandLine.Command;

/** {@code bizhao form blank --out F.pdf}: the blank form, to hand out. */
@Command(name = "blank", mixinStandardHelpOptions = true)
public final class FormBlankCommand extends DocumentCommand {
    @Override
    protected byte[] render(Services services) {
        return services.documents().blankForm();
    }
}
