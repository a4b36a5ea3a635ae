package cn.bizhao.cli.keys;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.KeyAlgorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bizhao keys create [--algorithm ...] --as ADMIN}: the station's first signing key. */
@Command(name = "create", mixinStandardHelpOptions = true)
public final class KeysCreateCommand extends AdministratorCommand {
    @Option(names = "--algorithm", defaultValue = "ECDSA_P256_SHA256", descriptionKey = "cli.option.algorithm")
    private KeyAlgorithm algorithm;

    @Override
    protected int run(Services services, User administrator) {
        print(services.keys().create(administrator, algorithm));
        return ExitCode.OK;
    }
}
