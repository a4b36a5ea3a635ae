package cn.bizhao.ui.packages;

import cn.bizhao.service.packages.ExportKind;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;

/** The 导出报送包 screen: kind, applications, folder, progress and cancel. */
public final class ExportPackagesView {
    @FXML private ComboBox<ExportKind> kindBox;
    @FXML private TableView<ExportRow> applicationsTable;
    @FXML private TableColumn<ExportRow, Boolean> selectColumn;
    @FXML private TableColumn<ExportRow, String> acceptanceNoColumn;
    @FXML private TableColumn<ExportRow, String> applicantColumn;
    @FXML private TableColumn<ExportRow, String> idNumberColumn;
    @FXML private TableColumn<ExportRow, String> statusColumn;
    @FXML private TextField folderField;
    @FXML private Button folderButton;
    @FXML private Button exportButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;

    private final ExportPackagesViewModel model;

    public ExportPackagesView(ExportPackagesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        kindBox.setItems(model.kinds());
        kindBox.setCellFactory(list -> new KindCell());
        kindBox.setButtonCell(new KindCell());
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        kindBox.disableProperty().bind(model.runningProperty());
        selectColumn.setCellValueFactory(cell -> cell.getValue().selectedProperty());
        selectColumn.setCellFactory(CheckBoxTableCell.forTableColumn(selectColumn));
        acceptanceNoColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().acceptanceNo()));
        applicantColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().applicant()));
        idNumberColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().maskedIdNumber()));
        statusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().status()));
        applicationsTable.setItems(model.rows());
        applicationsTable.disableProperty().bind(model.runningProperty());
        folderField.textProperty().bind(Bindings.createStringBinding(
                () -> model.folderProperty().get() == null ? "" : model.folderProperty().get().toString(),
                model.folderProperty()));
        folderButton.disableProperty().bind(model.runningProperty());
        exportButton.disableProperty().bind(model.cannotExport());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        progressBar.progressProperty().bind(model.progressProperty());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    @FXML
    private void chooseFolder() {
        model.chooseFolder();
    }

    @FXML
    private void export() {
        model.export();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    private final class KindCell extends ListCell<ExportKind> {
        @Override
        protected void updateItem(ExportKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : model.kindText(item));
        }
    }
}
