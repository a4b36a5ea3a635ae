package cn.bizhao.ui.workbench;

import cn.bizhao.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/** 工作台: the open intakes; double click or Enter resumes one. */
public final class WorkbenchView {
    @FXML private Button resumeButton;
    @FXML private Label messageLabel;
    @FXML private TableView<WorkbenchRow> workTable;
    @FXML private TableColumn<WorkbenchRow, String> statusColumn;
    @FXML private TableColumn<WorkbenchRow, String> referenceColumn;
    @FXML private TableColumn<WorkbenchRow, String> nameColumn;
    @FXML private TableColumn<WorkbenchRow, String> idNumberColumn;
    @FXML private TableColumn<WorkbenchRow, String> certificateColumn;
    @FXML private TableColumn<WorkbenchRow, String> startedColumn;

    private final WorkbenchViewModel model;

    public WorkbenchView(WorkbenchViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Columns.show(statusColumn, WorkbenchRow::status);
        Columns.show(referenceColumn, WorkbenchRow::reference);
        Columns.show(nameColumn, WorkbenchRow::name);
        Columns.show(idNumberColumn, WorkbenchRow::idNumber);
        Columns.show(certificateColumn, WorkbenchRow::certificate);
        Columns.show(startedColumn, WorkbenchRow::started);
        workTable.setItems(model.rows());
        model.selectedProperty().bind(workTable.getSelectionModel().selectedItemProperty());
        model.reselectProperty().addListener((obs, old, row) -> {
            if (row != null) {
                workTable.getSelectionModel().select(row);
            }
        });
        resumeButton.disableProperty().bind(model.selectedProperty().isNull());
        messageLabel.textProperty().bind(model.messageProperty());
        workTable.setRowFactory(table -> {
            TableRow<WorkbenchRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.resumeSelected();
                }
            });
            return row;
        });
        workTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.resumeSelected();
            }
        });
        model.refresh();
    }


    @FXML
    private void startNew() {
        model.startNew();
    }

    @FXML
    private void resume() {
        model.resumeSelected();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }
}
