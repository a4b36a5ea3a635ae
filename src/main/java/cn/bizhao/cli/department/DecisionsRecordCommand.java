package cn.bizhao.cli.department;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.domain.department.Ruling;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao decisions record --application NO (--approve --certificate-number N --issued DATE
 * --evaluation-body B | --return --reason TEXT [--correct TEXT]) --as LOGIN [--password-stdin]}: the
 * department's decision, waiting for a second person's sign-off.
 */
@Command(name = "record", mixinStandardHelpOptions = true)
public final class DecisionsRecordCommand extends SignedInCommand {
    @Option(names = "--application", paramLabel = "NO", required = true, descriptionKey = "cli.option.application")
    private String acceptanceNo;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Choice choice;

    static final class Choice {
        @ArgGroup(exclusive = false)
        Approval approval;

        @ArgGroup(exclusive = false)
        Return returned;
    }

    static final class Approval {
        @Option(names = "--approve", required = true, descriptionKey = "cli.option.decisionApprove")
        boolean approve;

        @Option(names = "--certificate-number", paramLabel = "N", required = true,
                descriptionKey = "cli.option.certificateNumber")
        String number;

        @Option(names = "--issued", paramLabel = "yyyy-MM-dd", required = true, descriptionKey = "cli.option.issued")
        LocalDate issued;

        @Option(names = "--evaluation-body", paramLabel = "NAME", required = true,
                descriptionKey = "cli.option.evaluationBody")
        String evaluationBody;

        @Option(names = "--opinion", paramLabel = "TEXT", defaultValue = "", descriptionKey = "cli.option.opinion")
        String opinion;
    }

    static final class Return {
        @Option(names = "--return", required = true, descriptionKey = "cli.option.decisionReturn")
        boolean returned;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "cli.option.reason")
        String reason;

        @Option(names = "--correct", paramLabel = "TEXT", defaultValue = "", descriptionKey = "cli.option.correct")
        String corrections;
    }

    @Override
    protected Permission permission() {
        return Permission.REVIEW;
    }

    @Override
    protected int run(Services services, User user) {
        var decisions = services.department().decisions();
        long id = decisions.idOf(acceptanceNo);
        Ruling ruling = choice.approval != null
                ? decisions.approve(user, id, choice.approval.number, choice.approval.issued,
                        choice.approval.evaluationBody, choice.approval.opinion)
                : decisions.returnForCorrection(user, id, choice.returned.reason, choice.returned.corrections);
        out().println(messages().get("cli.decisions.recorded", acceptanceNo, messages().of(ruling.outcome()),
                ruling.version(), ruling.decidedBy()));
        out().flush();
        return ExitCode.OK;
    }
}
