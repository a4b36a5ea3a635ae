package cn.bizhao.cli.keys;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bizhao keys trust CERT.pem... | --remove FINGERPRINT}: imports certificates into the
 * trust list after their fingerprints were compared on the phone, or removes one.
 */
@Command(name = "trust", mixinStandardHelpOptions = true)
public final class TrustCommand extends AdministratorCommand {
    @Parameters(paramLabel = "CERT.pem", arity = "0..*", descriptionKey = "cli.parameter.certificates")
    private List<Path> certificates = List.of();

    @Option(names = "--remove", paramLabel = "FINGERPRINT", descriptionKey = "cli.option.removeTrust")
    private String remove;

    @Override
    protected int run(Services services, User administrator) {
        if (remove != null) {
            if (!services.keys().distrust(administrator, remove)) {
                throw new DomainException("cli.keys.notTrusted", remove);
            }
            out().println(messages().get("cli.keys.removed", remove));
            return ExitCode.OK;
        }
        if (certificates.isEmpty()) {
            throw new DomainException("cli.keys.nothingToTrust");
        }
        for (Path file : certificates) {
            services.keys().trust(administrator, file).forEach(this::print);
        }
        return ExitCode.OK;
    }
}
