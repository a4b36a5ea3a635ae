package cn.bizhao.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns that show one read-only value of their row. */
public final class Columns {
    private Columns() {
    }

    public static <R, V> void show(TableColumn<R, V> column, Function<R, V> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
