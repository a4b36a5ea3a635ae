package cn.bizhao.cli.document;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/** A command that makes one PDF and writes it to {@code --out}: made by the services, written here. */
abstract class DocumentCommand extends StationCommand {
    @Mixin
    private PdfOutput output;

    @Override
    protected final int run(Services services) {
        output.requireFree();
        Path written = output.write(render(services));
        out().println(messages().get("cli.document.written", written.toString()));
        return ExitCode.OK;
    }

    protected abstract byte[] render(Services services);
}
