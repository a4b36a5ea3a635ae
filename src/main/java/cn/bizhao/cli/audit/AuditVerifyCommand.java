package cn.bizhao.cli.audit;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.domain.audit.ChainBreak;
import cn.bizhao.domain.audit.ChainReport;
import cn.bizhao.service.Services;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bizhao audit verify}: checks the whole hash chain and reports each break; exits
 * {@link ExitCode#AUDIT_CHAIN_BROKEN} when there is one. Needs no sign-in: the report names record
 * numbers and kinds of break, never what a record says.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class AuditVerifyCommand extends StationCommand {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", descriptionKey = "cli.option.matchFormat")
    private Format format;

    @Override
    protected int run(Services services) throws IOException {
        ChainReport report = services.audit().check();
        if (format == Format.json) {
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(report)));
        } else if (report.intact()) {
            out().println(messages().get("cli.audit.verify.intact", report.recordCount()));
        } else {
            report.breaks().forEach(b -> out().println(messages().get("cli.audit.verify.break", b.recordId(), kind(b))));
        }
        out().flush();
        if (report.intact()) {
            return ExitCode.OK;
        }
        err().println(messages().get("cli.audit.verify.broken", report.breaks().size(), report.breaks().get(0).recordId()));
        err().flush();
        return ExitCode.AUDIT_CHAIN_BROKEN;
    }

    private String kind(ChainBreak chainBreak) {
        return messages().get("audit.break." + chainBreak.kind().name());
    }

    private Map<String, Object> json(ChainReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intact", report.intact());
        json.put("records", report.recordCount());
        json.put("breaks", report.breaks().stream().map(b -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("recordId", b.recordId());
            one.put("kind", b.kind().name());
            one.put("description", kind(b));
            return one;
        }).toList());
        return json;
    }
}
