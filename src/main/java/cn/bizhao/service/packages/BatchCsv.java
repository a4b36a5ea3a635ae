package cn.bizhao.service.packages;

import cn.bizhao.documents.batch.BatchList;
import cn.bizhao.i18n.Messages;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch list as CSV: UTF-8 with a byte order mark, because the spreadsheet programs at the
 * counters read a CSV without one in the legacy Chinese code page and garble it.
 */
final class BatchCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> COLUMNS = List.of("index", "acceptanceNo", "applicant", "idNumber", "mapped",
            "file", "bytes");
    /** Made once: building a Jackson mapper costs more than writing a batch of rows. */
    private static final ObjectWriter WRITER = new CsvMapper().writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private BatchCsv() {
    }

    static byte[] bytes(BatchList list) {
        Messages official = Messages.chinese();
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(c -> official.get("document.batch.column." + c)).toList());
        for (BatchList.Row r : list.rows()) {
            rows.add(List.of(Integer.toString(r.index()), r.acceptanceNo(), nullToEmpty(r.applicantName()),
                    r.maskedIdNumber(), r.mapped(), r.fileName(), Long.toString(r.bytes())));
        }
        try {
            byte[] csv = WRITER.writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length + BOM.length);
            out.write(BOM);
            out.write(csv);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
