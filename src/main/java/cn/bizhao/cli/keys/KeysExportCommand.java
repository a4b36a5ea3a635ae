package cn.bizhao.cli.keys;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao keys export [--to FILE]}: the station's certificate as PEM, for the department;
 * with {@code --to} the fingerprint to read out on the phone is printed too.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class KeysExportCommand extends AdministratorCommand {
    @Option(names = "--to", paramLabel = "FILE", descriptionKey = "cli.option.certificateFile")
    private Path file;

    @Override
    protected int run(Services services, User administrator) throws Exception {
        String pem = services.keys().exportPem(administrator);
        if (file == null) {
            out().print(pem);
        } else {
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            print(services.keys().current());
        }
        out().flush();
        return ExitCode.OK;
    }
}
