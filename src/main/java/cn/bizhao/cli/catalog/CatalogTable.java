package cn.bizhao.cli.catalog;

import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.catalog.CatalogVersion;
import cn.bizhao.i18n.Messages;
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
 * The catalogue as the columns of Attachment 1 (number, region, overseas project, overseas level,
 * occupation, level), written as CSV, TSV or JSON. Levels keep their official Chinese names.
 */
final class CatalogTable {
    static final List<String> COLUMNS = List.of("number", "region", "overseasProject", "overseasLevel", "occupation", "level");

    private final Messages official = Messages.chinese();
    private final Messages headings;

    CatalogTable(Messages headings) {
        this.headings = headings;
    }

    List<String> headings() {
        return COLUMNS.stream().map(c -> headings.get("catalog.column." + c)).toList();
    }

    List<String> cells(CatalogEntry e) {
        return List.of(Integer.toString(e.number()), e.region(), e.overseasProject(), e.overseasLevel(),
                e.occupation(), official.of(e.level()));
    }

    void writeDelimited(CatalogVersion catalog, char separator, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings());
        catalog.entries().forEach(e -> rows.add(cells(e)));
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\n");
        new CsvMapper().writer(schema).writeValue(out, rows);
    }

    void writeJson(CatalogVersion catalog, Writer out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", catalog.version());
        document.put("publishedOn", catalog.publishedOn().toString());
        document.put("entries", catalog.entries().stream().map(this::asMap).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, document);
    }

    Map<String, Object> asMap(CatalogEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        List<String> cells = cells(e);
        for (int i = 0; i < COLUMNS.size(); i++) {
            row.put(COLUMNS.get(i), i == 0 ? (Object) e.number() : cells.get(i));
        }
        row.put("levelGrade", e.level().grade());
        return row;
    }
}
