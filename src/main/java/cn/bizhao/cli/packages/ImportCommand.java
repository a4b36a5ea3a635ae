package cn.bizhao.cli.packages;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignIn;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ImportResult;
import cn.bizhao.service.packages.PackageProblem;
import cn.bizhao.service.packages.PackageRefused;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bizhao import PACKAGE... --as LOGIN}: review packages at a reviewer's station, review
 * results at the counter. Each package is taken in or refused on its own; exit 4 when any was refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand extends StationCommand {
    @Parameters(paramLabel = "PACKAGE", arity = "1..*", descriptionKey = "cli.parameter.packages")
    private List<Path> packages;

    @Mixin
    private SignIn signIn;

    @Override
    protected int run(Services services) {
        User user = signIn.user(services, messages().get("cli.signIn.prompt"));
        int exit = ExitCode.OK;
        for (Path file : packages) {
            try {
                ImportResult result = services.imports().importPackage(user, file);
                out().println(messages().get("cli.import.done", file.toString(), result.outcome(), result.acceptanceNo(),
                        result.status()));
            } catch (PackageRefused refused) {
                err().println(messages().get(refused.messageKey(), refused.arguments()));
                for (PackageProblem problem : refused.check().problems()) {
                    err().println(messages().get("cli.verify.problem", file.toString(), problem.code(),
                            problem.text(messages())));
                }
                exit = ExitCode.PACKAGE_INVALID;
            } catch (DomainException refused) {
                err().println(messages().get("cli.import.refused", file.toString(),
                        messages().get(refused.messageKey(), refused.arguments())));
                exit = ExitCode.PACKAGE_INVALID;
            }
        }
        out().flush();
        err().flush();
        return exit;
    }
}
