package cn.bizhao.ui.review;

import cn.bizhao.i18n.Messages;
import cn.bizhao.ui.common.ChoiceCells;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** Combo boxes of enum values or records, shown by their message text. */
final class Choices {
    private Choices() {
    }

    static <E extends Enum<E>> void bind(ComboBox<E> box, List<E> values, Messages messages, ObjectProperty<E> value) {
        box.getItems().setAll(values);
        shown(box, messages::of);
        box.valueProperty().bindBidirectional(value);
    }

    static <T> void bind(ComboBox<T> box, ObservableList<T> values, Function<T, String> text, ObjectProperty<T> value) {
        box.setItems(values);
        shown(box, text);
        box.valueProperty().bindBidirectional(value);
    }

    private static <T> void shown(ComboBox<T> box, Function<T, String> text) {
        ChoiceCells.show(box, item -> item == null ? null : text.apply(item));
    }
}
