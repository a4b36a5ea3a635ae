package cn.bizhao.cli.database;

import cn.bizhao.cli.StationCommand;
import cn.bizhao.service.Services;
import cn.bizhao.service.station.DatabaseStatus;
import cn.bizhao.service.station.StationInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao db status}: the engine, where the data is, the schema version and the station's name.
 * Needs no sign-in: it says nothing about applications or users.
 */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class DbStatusCommand extends StationCommand {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", descriptionKey = "cli.option.matchFormat")
    private Format format;

    @Override
    protected int run(Services services) throws IOException {
        DatabaseStatus database = services.database();
        Optional<StationInfo> station = services.station().info();
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("engine", database.engine());
            json.put("location", database.location());
            json.put("schemaVersion", database.schemaVersion());
            json.put("station", station.map(StationInfo::stationName).orElse(null));
            json.put("institution", station.map(StationInfo::institutionName).orElse(null));
            json.put("institutionCode", station.map(StationInfo::institutionCode).orElse(null));
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } else {
            out().println(messages().get("cli.db.status.engine", messages().get("database.engine." + database.engine())));
            out().println(messages().get("cli.db.status.location", database.location()));
            out().println(messages().get("cli.db.status.schema", database.schemaVersion()));
            out().println(station.map(info -> messages().get("cli.db.status.station", info.stationName(),
                    info.institutionName(), info.institutionCode())).orElse(messages().get("cli.db.status.noStation")));
        }
        out().flush();
        return 0;
    }
}
