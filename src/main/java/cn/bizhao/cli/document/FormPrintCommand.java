package cn.bizhao.cli.document;

import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/**
 * {@code bizhao form print --application NO --out F.pdf [--stamped --as LOGIN] (the opinion is the one the institution stored)}:
 * the form filled from the application, or the supervisor's stamped form with the seal.
 */
@Command(name = "print", mixinStandardHelpOptions = true)
public final class FormPrintCommand extends DocumentCommand {
    @ArgGroup(multiplicity = "1")
    private ApplicationChoice application;

    @ArgGroup(exclusive = false)
    private SupervisorStamp stamp;

    @Override
    protected byte[] render(Services services) {
        long id = application.resolve(services.intake()).id();
        if (stamp == null) {
            return services.documents().registrationForm(id);
        }
        User supervisor = stamp.signIn(services.accounts(), root().passwords(), messages());
        return services.documents().stampedForm(supervisor, id);
    }
}
