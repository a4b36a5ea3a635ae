package cn.bizhao.cli.keys;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.KeyAlgorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bizhao keys renew}: a new key signs from now on; old certificates stay for old packages. */
@Command(name = "renew", mixinStandardHelpOptions = true)
public final class KeysRenewCommand extends AdministratorCommand {
    @Option(names = "--algorithm", defaultValue = "ECDSA_P256_SHA256", descriptionKey = "cli.option.algorithm")
    private KeyAlgorithm algorithm;

    @Override
    protected int run(Services services, User administrator) {
        print(services.keys().renew(administrator, algorithm));
        return ExitCode.OK;
    }
}
