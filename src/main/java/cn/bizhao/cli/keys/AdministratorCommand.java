package cn.bizhao.cli.keys;

import cn.bizhao.cli.SignIn;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.StationCertificate;
import picocli.CommandLine.Mixin;

/** A key command: the administrator signs in first. */
abstract class AdministratorCommand extends StationCommand {
    @Mixin
    private SignIn signIn;

    @Override
    protected final int run(Services services) throws Exception {
        return run(services, signIn.user(services, messages().get("cli.signIn.prompt")));
    }

    protected abstract int run(Services services, User administrator) throws Exception;

    protected void print(StationCertificate certificate) {
        out().println(messages().get(certificate.current() ? "cli.keys.certificate.current" : "cli.keys.certificate",
                certificate.subject(), certificate.fingerprint(), certificate.notBefore().toString(),
                certificate.notAfter().toString()));
    }
}
