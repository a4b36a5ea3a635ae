package cn.bizhao.ui.common;

import cn.bizhao.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes of enum constants, shown by their message keys. */
public final class EnumChoices {
    private EnumChoices() {
    }

    @SafeVarargs
    public static <E extends Enum<E>> void fill(ComboBox<E> box, Messages messages, E... values) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.of(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
    }
}
