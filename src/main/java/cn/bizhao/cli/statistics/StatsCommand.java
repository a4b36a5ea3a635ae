package cn.bizhao.cli.statistics;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.domain.statistics.Statistics;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.CsvFile;
import cn.bizhao.service.Services;
import cn.bizhao.service.statistics.StatisticsExport;
import cn.bizhao.service.statistics.StatisticsLabels;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao stats --as LOGIN --from D --to D [--format csv|json] [--out FILE]}: the applications
 * accepted in the period, counted as on the 统计 screen.
 */
@Command(name = "stats", mixinStandardHelpOptions = true)
public final class StatsCommand extends SignedInCommand {

    enum Format { csv, json }

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", required = true, descriptionKey = "cli.option.statsFrom")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", required = true, descriptionKey = "cli.option.statsTo")
    private LocalDate to;

    @Option(names = "--format", defaultValue = "csv", descriptionKey = "cli.option.statsFormat")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.option.statsOut")
    private Path file;

    @Override
    protected Permission permission() {
        return Permission.READ_STATISTICS;
    }

    @Override
    protected int run(Services services, User reader) throws IOException {
        Statistics statistics = services.statistics().compute(reader, from, to);
        StatisticsExport export = new StatisticsExport(messages(),
                new StatisticsLabels(messages(), services.statistics().cities()));
        if (file == null) {
            write(export, statistics, out());
        } else {
            try (Writer writer = format == Format.csv ? CsvFile.create(file) : Files.newBufferedWriter(file)) {
                write(export, statistics, writer);
            }
        }
        return ExitCode.OK;
    }

    private void write(StatisticsExport export, Statistics statistics, Writer out) throws IOException {
        if (format == Format.json) {
            export.writeJson(statistics, out);
        } else {
            export.writeCsv(statistics, out);
        }
    }
}
