package cn.bizhao.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file for people: UTF-8 with a byte order mark, which spreadsheet programs at the counter
 * (Excel, WPS) need to read Chinese correctly; scripts reading standard output get no mark.
 */
public final class CsvFile {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFile() {
    }

    public static Writer create(Path file) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        return writer;
    }
}
