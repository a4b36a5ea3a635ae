package cn.bizhao.service.audit;

import cn.bizhao.domain.audit.AuditLine;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.audit.ChainBreak;
import cn.bizhao.domain.audit.ChainReport;
import cn.bizhao.i18n.Messages;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The trail as CSV for a spreadsheet: headings and names of actions in the reader's language, times in
 * the station's zone, and for each record the chain's verdict on it, so a printed export shows where
 * the trail was tampered with.
 */
public final class AuditCsv {
    static final List<String> COLUMNS = List.of("id", "time", "actor", "station", "action", "acceptanceNo",
            "applicationId", "detail", "chain", "recordHash");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;

    public AuditCsv(Messages messages) {
        this.messages = messages;
    }

    public void write(List<AuditLine> lines, ChainReport chain, ZoneId zone, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(c -> messages.get("audit.column." + c)).toList());
        for (AuditLine line : lines) {
            AuditRecord r = line.record();
            rows.add(List.of(Long.toString(r.id()), TIME.format(r.entry().recordedAt().atZone(zone)), r.entry().actor(),
                    r.entry().station(), messages.of(r.entry().action()), nullToEmpty(line.acceptanceNo()),
                    r.entry().applicationId() == null ? "" : r.entry().applicationId().toString(), r.entry().detail(),
                    verdict(chain, r.id()), r.recordHash()));
        }
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        CsvMapper mapper = new CsvMapper();
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false); // the caller owns the writer
        mapper.writer(schema).writeValue(out, rows);
    }

    /** What the chain says about one record: intact, or each kind of break found at it. */
    public String verdict(ChainReport chain, long recordId) {
        List<ChainBreak> here = chain.breaks().stream().filter(b -> b.recordId() == recordId).toList();
        if (here.isEmpty()) {
            return messages.get("audit.chain.recordIntact");
        }
        return here.stream().map(b -> messages.get("audit.break." + b.kind().name())).collect(Collectors.joining(messages.get("cli.listSeparator")));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
