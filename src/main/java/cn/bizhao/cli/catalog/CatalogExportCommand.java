package cn.bizhao.cli.catalog;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.domain.catalog.CatalogVersion;
import cn.bizhao.service.Services;
import java.io.IOException;
import java.io.Writer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bizhao catalog export --format csv|json|tsv}: every row, for spreadsheets and scripts. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class CatalogExportCommand extends StationCommand {

    enum Format { csv, json, tsv }

    @Option(names = "--format", defaultValue = "csv", descriptionKey = "cli.option.exportFormat")
    private Format format;

    @Override
    protected int run(Services services) throws IOException {
        CatalogVersion catalog = services.catalog().current();
        CatalogTable table = new CatalogTable(messages());
        Writer out = out();
        switch (format) {
            case csv -> table.writeDelimited(catalog, ',', out);
            case tsv -> table.writeDelimited(catalog, '\t', out);
            case json -> table.writeJson(catalog, out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
