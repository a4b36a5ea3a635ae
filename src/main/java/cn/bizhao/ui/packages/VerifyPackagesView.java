package cn.bizhao.ui.packages;

import cn.bizhao.ui.common.Columns;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The 校验报送包 screen: a button, a summary, the table of findings and the import of a package that held. */
public final class VerifyPackagesView {
    @FXML private Button chooseButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<VerifyRow> resultsTable;
    @FXML private TableColumn<VerifyRow, String> fileColumn;
    @FXML private TableColumn<VerifyRow, String> resultColumn;
    @FXML private TableColumn<VerifyRow, String> detailColumn;
    @FXML private Button importButton;
    @FXML private Label importOutcomeLabel;

    private final VerifyPackagesViewModel model;

    public VerifyPackagesView(VerifyPackagesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        chooseButton.disableProperty().bind(model.busyProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        Columns.show(fileColumn, row -> row.file());
        Columns.show(resultColumn, row -> model.resultText(row));
        resultColumn.setCellFactory(column -> new ResultCell());
        Columns.show(detailColumn, row -> row.text());
        resultsTable.setItems(model.rows());
        var selected = resultsTable.getSelectionModel().selectedItemProperty();
        importButton.disableProperty().bind(model.busyProperty()
                .or(Bindings.createBooleanBinding(() -> !model.canImport(selected.get()), selected)));
        importOutcomeLabel.textProperty().bind(model.importOutcomeProperty());
        model.importFailedProperty().addListener((property, was, failed) -> {
            importOutcomeLabel.getStyleClass().removeAll("notice-text", "error-text");
            importOutcomeLabel.getStyleClass().add(failed ? "error-text" : "notice-text");
        });
    }

    @FXML
    private void importSelected() {
        model.importPackage(resultsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void choose() {
        model.choose();
    }

    /** The result in green or red, by style class. */
    private static final class ResultCell extends TableCell<VerifyRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("result-valid", "result-invalid");
            VerifyRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            if (row != null) {
                getStyleClass().add(row.valid() ? "result-valid" : "result-invalid");
            }
        }
    }
}
