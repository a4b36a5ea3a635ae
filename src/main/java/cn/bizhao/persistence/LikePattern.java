package cn.bizhao.persistence;

import java.util.Locale;

/**
 * A typed text as a LIKE pattern that finds it anywhere, upper-cased for case-insensitive matching
 * against {@code UPPER(column)}, its wildcard characters taken literally ({@code ESCAPE '\'} in the SQL).
 */
public final class LikePattern {
    private LikePattern() {
    }

    /** The pattern, or null for a null or blank text (the filter is left out). */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toUpperCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
