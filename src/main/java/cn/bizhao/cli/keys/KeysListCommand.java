package cn.bizhao.cli.keys;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import picocli.CommandLine.Command;

/** {@code bizhao keys list}: the station's certificates, newest first, then the trusted ones. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class KeysListCommand extends AdministratorCommand {
    @Override
    protected int run(Services services, User administrator) {
        out().println(messages().get("cli.keys.own"));
        services.keys().history(administrator).forEach(this::print);
        out().println(messages().get("cli.keys.trusted"));
        services.keys().trusted(administrator).forEach(this::print);
        return ExitCode.OK;
    }
}
