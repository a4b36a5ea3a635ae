package cn.bizhao.ui.review;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.ui.common.ChoiceCells;
import cn.bizhao.ui.common.Columns;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;

/** Binds the worklist controls of a screen's FXML to a {@link WorklistViewModel}. */
final class WorklistPane {
    private WorklistPane() {
    }

    static void bind(WorklistViewModel model, ComboBox<ApplicationStatus> status, DatePicker from, DatePicker to,
                     TextField region, TextField occupation, TextField clerk, TextField text, TableView<WorkRow> table,
                     Label count, Label error, Runnable open) {
        status.setItems(model.statuses());
        ChoiceCells.show(status, model::statusText);
        status.valueProperty().bindBidirectional(model.statusProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        region.textProperty().bindBidirectional(model.regionProperty());
        occupation.textProperty().bindBidirectional(model.occupationProperty());
        clerk.textProperty().bindBidirectional(model.clerkProperty());
        text.textProperty().bindBidirectional(model.textProperty());
        text.setOnAction(e -> model.search());
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        // a list read again chooses the same file again
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setRowFactory(view -> {
            TableRow<WorkRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        count.textProperty().bind(model.countProperty());
        error.textProperty().bind(model.errorProperty());
    }

    /** The column of each value, by the column's id in the FXML. */
    private static final Map<String, Function<WorkRow, String>> VALUES = Map.of(
            "acceptanceNoColumn", WorkRow::acceptanceNo, "nameColumn", WorkRow::name,
            "idNumberColumn", WorkRow::idNumber, "regionColumn", WorkRow::region,
            "occupationColumn", WorkRow::occupation, "levelColumn", WorkRow::level,
            "statusColumn", WorkRow::status, "clerkColumn", WorkRow::clerk, "acceptedOnColumn", WorkRow::acceptedOn);

    @SuppressWarnings("unchecked")
    static void columns(TableView<WorkRow> table) {
        for (TableColumn<WorkRow, ?> column : table.getColumns()) {
            Columns.show((TableColumn<WorkRow, String>) column, VALUES.get(column.getId()));
        }
    }
}
