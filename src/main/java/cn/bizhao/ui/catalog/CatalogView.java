package cn.bizhao.ui.catalog;

import cn.bizhao.ui.common.Columns;
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
        Columns.show(numberColumn, CatalogRow::number);
        Columns.show(regionColumn, CatalogRow::region);
        Columns.show(projectColumn, CatalogRow::overseasProject);
        Columns.show(overseasLevelColumn, CatalogRow::overseasLevel);
        Columns.show(occupationColumn, CatalogRow::occupation);
        Columns.show(levelColumn, CatalogRow::level);
        catalogTable.setItems(model.rows());
    }

}
