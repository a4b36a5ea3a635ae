package cn.bizhao.cli.packages;

import cn.bizhao.cli.BizhaoCommand;
import cn.bizhao.cli.ExitCode;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.PackageCheck;
import cn.bizhao.service.packages.PackageProblem;
import cn.bizhao.service.packages.VerifyService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bizhao verify PACKAGE... [--trust CERT.pem|DIR] [--format json]}: every check of the
 * format. With {@code --trust} it needs no database and touches no data home, so the regional
 * department runs it with nothing but the stations' certificates; without it the station's own
 * trust list is used. Exit 0 only when every package holds, else 4 with one line per problem.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class VerifyCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PACKAGE", arity = "1..*", descriptionKey = "cli.parameter.packages")
    private List<Path> packages;

    @Option(names = "--trust", paramLabel = "CERT.pem|DIR", descriptionKey = "cli.option.trust")
    private Path trust;

    @Option(names = "--format", defaultValue = "text", descriptionKey = "cli.option.verifyFormat")
    private Format format;

    @Override
    public Integer call() throws IOException {
        List<PackageCheck> checks;
        if (trust != null) {
            checks = VerifyService.withTrust(trust).verify(packages);
        } else {
            try (Services services = ((BizhaoCommand) spec.root().userObject()).openStation()) {
                checks = services.verifier().verify(packages);
            }
        }
        print(checks);
        return checks.stream().allMatch(PackageCheck::valid) ? ExitCode.OK : ExitCode.PACKAGE_INVALID;
    }

    private void print(List<PackageCheck> checks) throws IOException {
        Messages messages = Messages.of(spec.root().resourceBundle().getLocale());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            VerifyService.writeJson(checks, messages, json);
            out.println(json.toString(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (PackageCheck check : checks) {
            if (check.valid()) {
                out.println(messages.get("cli.verify.valid", check.file(), check.acceptanceNo(), check.packageType(),
                        check.signerSubject(), check.signerFingerprintForReading()));
            }
            for (PackageProblem problem : check.problems()) {
                err.println(messages.get("cli.verify.problem", check.file(), problem.code(), problem.text(messages)));
            }
        }
        out.flush();
        err.flush();
    }
}
