package cn.bizhao.cli.catalog;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.domain.catalog.CatalogMatch;
import cn.bizhao.domain.catalog.CatalogMatch.Matched;
import cn.bizhao.domain.catalog.CatalogMatch.NotInCatalog;
import cn.bizhao.service.Services;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao catalog match}: the occupation and level a certificate is recognised as, or exit 3
 * with the reason when the catalogue does not list it.
 */
@Command(name = "match", mixinStandardHelpOptions = true)
public final class CatalogMatchCommand extends StationCommand {

    enum Format { text, json }

    @Option(names = "--region", required = true, descriptionKey = "cli.option.region")
    private String region;

    @Option(names = "--project", required = true, descriptionKey = "cli.option.project")
    private String project;

    @Option(names = "--level", defaultValue = "/", descriptionKey = "cli.option.level")
    private String level;

    @Option(names = "--format", defaultValue = "text", descriptionKey = "cli.option.matchFormat")
    private Format format;

    @Override
    protected int run(Services services) throws IOException {
        String version = services.catalog().current().version();
        CatalogMatch match = services.catalog().match(region, project, level);
        if (match instanceof Matched matched) {
            printMatched(version, matched);
            return ExitCode.OK;
        }
        NotInCatalog refusal = (NotInCatalog) match;
        String reason = messages().get("notInCatalogReason." + refusal.reason().name(), refusal.given(),
                String.join(messages().get("cli.listSeparator"), refusal.available()));
        err().println(messages().get("cli.catalog.match.notInCatalog", version, reason));
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("inCatalog", false);
            json.put("catalogVersion", version);
            json.put("reason", refusal.reason().name());
            json.put("message", reason);
            json.put("available", refusal.available());
            printJson(json);
        }
        return ExitCode.NOT_IN_CATALOG;
    }

    private void printMatched(String version, Matched matched) throws IOException {
        CatalogTable table = new CatalogTable(messages());
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("inCatalog", true);
            json.put("catalogVersion", version);
            json.putAll(table.asMap(matched.entry()));
            printJson(json);
        } else {
            var cells = table.cells(matched.entry());
            out().println(messages().get("cli.catalog.match.matched", cells.get(4), cells.get(5), version, cells.get(0)));
        }
    }

    private void printJson(Map<String, Object> json) throws IOException {
        out().println(new ObjectMapper().writeValueAsString(json));
        out().flush();
    }
}
