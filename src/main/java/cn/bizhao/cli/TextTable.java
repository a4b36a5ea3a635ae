package cn.bizhao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed as aligned columns for people. Chinese characters take two columns of a terminal,
 * so widths are counted in terminal columns, not in characters.
 */
public final class TextTable {
    private static final String GAP = "  ";
    private static final String EMPTY = "-";

    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> headings) {
        rows.add(List.copyOf(headings));
    }

    /** Adds a row; a blank cell shows as a dash so columns stay readable. */
    public void add(List<String> cells) {
        rows.add(cells.stream().map(c -> c == null || c.isBlank() ? EMPTY : c).toList());
    }

    public void print(PrintWriter out) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - width(cell))).append(GAP);
                }
            }
            out.println(line);
        }
    }

    /** Terminal columns: East Asian wide and full-width characters take two. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
