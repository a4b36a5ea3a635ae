package cn.bizhao.cli.catalog;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.domain.catalog.CatalogVersion;
import cn.bizhao.service.Services;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code bizhao catalog list}: the current catalogue as a readable table. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class CatalogListCommand extends StationCommand {

    @Override
    protected int run(Services services) {
        CatalogVersion catalog = services.catalog().current();
        CatalogTable table = new CatalogTable(messages());
        out().println(messages().get("cli.catalog.list.title", catalog.version(), catalog.publishedOn().toString(),
                catalog.entries().size()));
        out().println(String.join("  ", table.headings()));
        catalog.entries().forEach(e -> out().println(String.join("  ", pad(table.cells(e)))));
        return ExitCode.OK;
    }

    private static List<String> pad(List<String> cells) {
        return cells.stream().map(c -> c.isEmpty() ? "-" : c).toList();
    }
}
