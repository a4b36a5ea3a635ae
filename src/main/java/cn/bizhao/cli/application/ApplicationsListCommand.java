package cn.bizhao.cli.application;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.cli.TextTable;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.application.ApplicationQuery;
import cn.bizhao.service.application.SearchResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao applications list --as LOGIN [filters] [--format json]}: the applications found as
 * on the 申请查询 screen (the same search, the same permission), newest first, as a table for people
 * or a JSON array for scripts.
 */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class ApplicationsListCommand extends SignedInCommand {

    enum Format { table, json }

    @Option(names = "--number", paramLabel = "TEXT", descriptionKey = "cli.option.number")
    private String number;

    @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "cli.option.name")
    private String name;

    @Option(names = "--document-number", paramLabel = "NO", descriptionKey = "cli.option.documentNumber")
    private String documentNumber;

    @Option(names = "--certificate", paramLabel = "TEXT", descriptionKey = "cli.option.certificate")
    private String certificate;

    @Option(names = "--status", paramLabel = "S", descriptionKey = "cli.option.status")
    private ApplicationStatus status;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.acceptedFrom")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.acceptedTo")
    private LocalDate to;

    @Option(names = "--occupation", paramLabel = "TEXT", descriptionKey = "cli.option.occupation")
    private String occupation;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.option.limit")
    private Integer limit;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "cli.option.listFormat")
    private Format format;

    @Override
    protected Permission permission() {
        return Permission.FIND_APPLICATIONS;
    }

    @Override
    protected int run(Services services, User reader) throws IOException {
        Messages screen = messages();
        ApplicationQuery query = new ApplicationQuery(number, name, documentNumber, certificate, status, from, to,
                occupation, limit);
        SearchResult result = services.applications().search(reader, query);
        List<ApplicationSummary> summaries = result.applications().stream()
                .map(a -> ApplicationSummary.of(a, screen)).toList();
        if (format == Format.json) {
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summaries.stream().map(ApplicationSummary::asJson).toList()));
        } else if (summaries.isEmpty()) {
            out().println(nothingFound(query, screen));
        } else {
            TextTable table = new TextTable(ApplicationSummary.headings(screen));
            summaries.forEach(s -> table.add(s.cells(screen)));
            table.print(out());
        }
        out().flush();
        if (!result.complete()) {
            // on standard error, so that the JSON on standard output stays whole
            err().println(screen.get("cli.applications.limited", result.total(), summaries.size()));
        }
        return ExitCode.OK;
    }

    /** Says what was looked for: nothing at all, one status, or the filters given. */
    private String nothingFound(ApplicationQuery query, Messages screen) {
        ApplicationQuery everything = ApplicationQuery.newest(limit);
        if (query.equals(everything)) {
            return screen.get("cli.applications.none");
        }
        if (query.equals(everything.withStatus(status))) {
            return screen.get("cli.applications.noneWithStatus", status);
        }
        return screen.get("cli.applications.noneMatching");
    }
}
