package cn.bizhao.ui.packages;

import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.ui.common.Columns;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The 导出报送包 screen: kind, applications, folder, encryption, progress and cancel. */
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
    @FXML private ComboBox<RecipientChoice> recipientBox;
    @FXML private HBox recipientFingerprintRow;
    @FXML private Label recipientFingerprintLabel;
    @FXML private Label recipientNoteLabel;
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
        Columns.show(acceptanceNoColumn, ExportRow::acceptanceNo);
        Columns.show(applicantColumn, ExportRow::applicant);
        Columns.show(idNumberColumn, ExportRow::maskedIdNumber);
        Columns.show(statusColumn, ExportRow::status);
        applicationsTable.setItems(model.rows());
        applicationsTable.disableProperty().bind(model.runningProperty());
        folderField.textProperty().bind(Bindings.createStringBinding(
                () -> model.folderProperty().get() == null ? "" : model.folderProperty().get().toString(),
                model.folderProperty()));
        folderButton.disableProperty().bind(model.runningProperty());
        recipientBox.setItems(model.recipients());
        recipientBox.setCellFactory(list -> new RecipientCell(true));
        recipientBox.setButtonCell(new RecipientCell(false));
        recipientBox.valueProperty().bindBidirectional(model.recipientProperty());
        recipientBox.disableProperty().bind(model.runningProperty());
        recipientFingerprintLabel.textProperty().bind(model.chosenFingerprint());
        showWhileFilled(recipientFingerprintRow, recipientFingerprintLabel);
        recipientNoteLabel.textProperty().bind(model.recipientNoteProperty());
        showWhileFilled(recipientNoteLabel, recipientNoteLabel);
        exportButton.disableProperty().bind(model.cannotExport());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        progressBar.progressProperty().bind(model.progressProperty());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    /** A row that says nothing takes no room. */
    private static void showWhileFilled(Node row, Label text) {
        row.visibleProperty().bind(text.textProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
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

    /** In the open list a certificate shows its fingerprint under the holder; the closed box shows the holder. */
    private final class RecipientCell extends ListCell<RecipientChoice> {
        private final boolean withFingerprint;
        private final Label holder = new Label();
        private final Label fingerprint = new Label();
        private final VBox both = new VBox(2, holder, fingerprint);

        RecipientCell(boolean withFingerprint) {
            this.withFingerprint = withFingerprint;
            fingerprint.getStyleClass().add("recipient-cell-fingerprint");
        }

        @Override
        protected void updateItem(RecipientChoice item, boolean empty) {
            super.updateItem(item, empty);
            String print = empty ? "" : model.fingerprintOf(item);
            if (withFingerprint && !print.isEmpty()) {
                holder.setText(model.recipientText(item));
                fingerprint.setText(print);
                setText(null);
                setGraphic(both);
            } else {
                setText(empty ? null : model.recipientText(item));
                setGraphic(null);
            }
        }
    }
}
