package cn.bizhao.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates typed and shown as 2024-03-05 whatever the machine's locale: the way dates are written on
 * Chinese forms, and the same as the command line's {@code --from}/{@code --to}.
 */
public final class IsoDates {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private IsoDates() {
    }

    public static void apply(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return date == null ? "" : ISO.format(date);
                }

                @Override
                public LocalDate fromString(String text) {
                    if (text == null || text.isBlank()) {
                        return null;
                    }
                    try {
                        return LocalDate.parse(text.strip(), ISO);
                    } catch (DateTimeParseException e) {
                        return picker.getValue(); // an unreadable date leaves the one before
                    }
                }
            });
            picker.setPromptText("yyyy-MM-dd");
        }
    }
}
