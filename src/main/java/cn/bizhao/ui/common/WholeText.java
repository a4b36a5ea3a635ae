package cn.bizhao.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text shown whole on the counters' screens (1366×768 and smaller): buttons never shrink below their
 * text, table columns never below their widest value (the table scrolls sideways instead of writing
 * "…"), and list lines wrap within the list. {@link ViewLoader} applies it to every screen it loads.
 */
public final class WholeText {
    /** Cell padding, border and the header's sort arrow, beside the text itself. */
    private static final double CELL_ROOM = 18;
    /** Enough rows to find the widest value without measuring a whole register on each change. */
    private static final int MEASURED_ROWS = 1000;
    private static final String FITTED = WholeText.class.getName();
    private static final String FILLS = FITTED + ".fills";
    /** The table's border and its vertical scroll bar. */
    private static final double SCROLL_BAR = 20;

    private WholeText() {
    }

    /** Every button and table of a loaded screen. */
    public static void apply(Node node) {
        if (node instanceof ButtonBase button && button.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof TableView<?> table) {
            fitColumns(table);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                apply(child);
            }
        }
    }

    /** Keeps each column at least as wide as its header and its widest value, as the rows change. */
    public static <R> void fitColumns(TableView<R> table) {
        if (table.getProperties().putIfAbsent(FITTED, Boolean.TRUE) != null) {
            return;
        }
        boolean fills = table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (fills) {
            // a constrained table squeezes its columns into its width and never scrolls: it fills the
            // width while the columns fit, and scrolls sideways once their least widths do not
            table.widthProperty().addListener(obs -> fill(table));
            table.getProperties().put(FILLS, Boolean.TRUE);
        }
        InvalidationListener fit = obs -> fit(table);
        table.getItems().addListener(fit);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(fit);
            }
            if (now != null) {
                now.addListener(fit);
            }
            fit(table);
        });
        table.skinProperty().addListener(fit);
        table.getColumns().addListener((Observable obs) -> fit(table));
        fit(table);
    }

    private static <R> void fit(TableView<R> table) {
        Font font = font(table);
        ObservableList<R> items = table.getItems();
        for (TableColumn<R, ?> column : table.getVisibleLeafColumns()) {
            double widest = width(column.getText(), font);
            for (int row = 0; items != null && row < Math.min(items.size(), MEASURED_ROWS); row++) {
                Object value = column.getCellData(row);
                if (value != null && !(value instanceof Boolean)) {
                    widest = Math.max(widest, width(value.toString(), font));
                }
            }
            double declared = (Double) column.getProperties().computeIfAbsent(FITTED, key -> column.getMinWidth());
            // an empty table cannot scroll sideways: its headers alone must fit
            boolean empty = items == null || items.isEmpty();
            double content = Math.ceil(widest + CELL_ROOM);
            column.setMinWidth(empty ? content : Math.max(declared, content));
        }
        fill(table);
    }

    private static <R> void fill(TableView<R> table) {
        if (!table.getProperties().containsKey(FILLS) || table.getWidth() <= 0) {
            return;
        }
        double least = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        if (least + SCROLL_BAR <= table.getWidth()) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        } else {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.getVisibleLeafColumns().forEach(column -> column.setPrefWidth(column.getMinWidth()));
        }
    }

    /** Lines of a list wrap at the list's width instead of running out of it sideways. */
    public static <T> void wrap(ListCell<T> cell) {
        cell.setWrapText(true);
        cell.setMinWidth(0);
        cell.setPrefWidth(0); // the list then gives each line its own width, and the line wraps within it
    }

    /** The font the table's cells are drawn with, once styled; the screens' font before that. */
    private static Font font(TableView<?> table) {
        Node cell = table.lookup(".table-cell");
        if (cell instanceof Labeled labeled) {
            return labeled.getFont();
        }
        Node header = table.lookup(".column-header .label");
        return header instanceof Label label ? label.getFont() : Font.font("Droid Sans Fallback", 14);
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
