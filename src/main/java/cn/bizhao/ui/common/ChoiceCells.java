package cn.bizhao.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Combo boxes whose items, and null (an "all" entry, or nothing chosen yet), are shown by a text of ours. */
public final class ChoiceCells {
    private ChoiceCells() {
    }

    /** The text is asked for null too; the list and the button show the same. */
    public static <T> void show(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(list -> cell(text));
        box.setButtonCell(cell(text));
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }
}
