package cn.bizhao.cli.application;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.cli.TextTable;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao applications list [--status S] [--format json]}: the applications, most recently
 * changed first, as a table for people or a JSON array for scripts.
 */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class ApplicationsListCommand extends StationCommand {

    enum Format { table, json }

    @Option(names = "--status", paramLabel = "S", descriptionKey = "cli.option.status")
    private ApplicationStatus status;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "cli.option.listFormat")
    private Format format;

    @Override
    protected int run(Services services) throws IOException {
        Messages screen = messages();
        List<ApplicationSummary> summaries = services.intake().list(status).stream()
                .map(a -> ApplicationSummary.of(a, screen)).toList();
        if (format == Format.json) {
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summaries.stream().map(ApplicationSummary::asJson).toList()));
        } else if (summaries.isEmpty()) {
            out().println(status == null ? screen.get("cli.applications.none")
                    : screen.get("cli.applications.noneWithStatus", status));
        } else {
            TextTable table = new TextTable(ApplicationSummary.headings(screen));
            summaries.forEach(s -> table.add(s.cells(screen)));
            table.print(out());
        }
        out().flush();
        return ExitCode.OK;
    }
}
