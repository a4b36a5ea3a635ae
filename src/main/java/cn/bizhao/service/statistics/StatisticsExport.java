package cn.bizhao.service.statistics;

import cn.bizhao.domain.statistics.Dimension;
import cn.bizhao.domain.statistics.Statistics;
import cn.bizhao.domain.statistics.Tally;
import cn.bizhao.i18n.Messages;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures as CSV (one row per dimension and key, after a row with the total) or JSON, the same
 * for the window's export and {@code bizhao stats}. Dimension codes and keys are stable for scripts;
 * headings and names follow the reader's language.
 */
public final class StatisticsExport {
    static final List<String> COLUMNS = List.of("dimension", "dimensionName", "key", "name", "count");
    /** The dimension code of the row with the total. */
    public static final String TOTAL = "TOTAL";

    private final Messages messages;
    private final StatisticsLabels labels;

    public StatisticsExport(Messages messages, StatisticsLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    public void writeCsv(Statistics statistics, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(c -> messages.get("statistics.column." + c)).toList());
        String totalName = messages.get("statistics.total");
        rows.add(List.of(TOTAL, totalName, statistics.from() + "/" + statistics.to(), totalName,
                Long.toString(statistics.total())));
        for (Dimension dimension : Dimension.values()) {
            for (Tally tally : statistics.by(dimension)) {
                rows.add(List.of(dimension.name(), labels.dimension(dimension), tally.key(),
                        labels.of(dimension, tally.key()), Long.toString(tally.count())));
            }
        }
        CsvMapper mapper = new CsvMapper();
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        mapper.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValue(out, rows);
        out.flush();
    }

    public void writeJson(Statistics statistics, Writer out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("from", statistics.from().toString());
        document.put("to", statistics.to().toString());
        document.put("total", statistics.total());
        Map<String, Object> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension.name(), statistics.by(dimension).stream().map(tally -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", tally.key());
                row.put("name", labels.of(dimension, tally.key()));
                row.put("count", tally.count());
                return row;
            }).toList());
        }
        document.put("dimensions", dimensions);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        mapper.writeValue(out, document);
        out.write('\n');
        out.flush();
    }
}
