package cn.bizhao.ui.catalog;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The catalogue table and its filter. */
public final class CatalogView {
    @FXML private Label headingLabel;
    @FXML private TextField filterField;
    @FXML private TableView<CatalogRow> catalogTable;
    @FXML private TableColumn<CatalogRow, Object> numberColumn;
    @FXML private TableColumn<CatalogRow, Object> regionColumn;
    @FXML private TableColumn<CatalogRow, Object> projectColumn;
    @FXML private TableColumn<CatalogRow, Object> overseasLevelColumn;
    @FXML private TableColumn<CatalogRow, Object> occupationColumn;
    @FXML private TableColumn<CatalogRow, Object> levelColumn;

    private final CatalogViewModel model;

    public CatalogView(CatalogViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        headingLabel.setText(model.heading());
        filterField.textProperty().bindBidirectional(model.filterProperty());
        bind(numberColumn, CatalogRow::number);
        bind(regionColumn, CatalogRow::region);
        bind(projectColumn, CatalogRow::overseasProject);
        bind(overseasLevelColumn, CatalogRow::overseasLevel);
        bind(occupationColumn, CatalogRow::occupation);
        bind(levelColumn, CatalogRow::level);
        catalogTable.setItems(model.rows());
    }

    private static void bind(TableColumn<CatalogRow, Object> column, Function<CatalogRow, Object> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
