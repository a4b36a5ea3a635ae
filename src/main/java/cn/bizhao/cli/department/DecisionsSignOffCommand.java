package cn.bizhao.cli.department;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.domain.department.Ruling;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao decisions sign-off --application NO --as LOGIN2 [--password-stdin]}: a second person
 * signs the pending decision off; it takes effect then.
 */
@Command(name = "sign-off", mixinStandardHelpOptions = true)
public final class DecisionsSignOffCommand extends SignedInCommand {
    @Option(names = "--application", paramLabel = "NO", required = true, descriptionKey = "cli.option.application")
    private String acceptanceNo;

    @Override
    protected Permission permission() {
        return Permission.SUPERVISE;
    }

    @Override
    protected int run(Services services, User user) {
        var decisions = services.department().decisions();
        long id = decisions.idOf(acceptanceNo);
        Ruling ruling = decisions.signOff(user, id);
        out().println(messages().get("cli.decisions.signedOff", acceptanceNo, messages().of(ruling.outcome()),
                ruling.decidedBy(), ruling.signedOffBy(), services.intake().find(id).status()));
        out().flush();
        return ExitCode.OK;
    }
}
