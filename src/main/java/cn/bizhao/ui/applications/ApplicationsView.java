package cn.bizhao.ui.applications;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.ui.common.ChoiceCells;
import cn.bizhao.ui.common.Columns;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * 申请查询: the filters and the table of applications found; opening one shows its overview in place
 * of the list, and going back shows the list again, searched anew.
 */
public final class ApplicationsView {
    /** Builds the overview of one application; {@code back} returns to the list. */
    @FunctionalInterface
    public interface DetailOpener {
        Parent open(long applicationId, Runnable back);
    }

    @FXML private VBox searchPane;
    @FXML private StackPane applicationDetailPane;
    @FXML private TextField acceptanceNoFilter;
    @FXML private TextField nameFilter;
    @FXML private TextField documentNumberFilter;
    @FXML private TextField certificateNoFilter;
    @FXML private ComboBox<ApplicationStatus> applicationStatusFilter;
    @FXML private DatePicker acceptedFromPicker;
    @FXML private DatePicker acceptedToPicker;
    @FXML private ComboBox<String> mappedOccupationFilter;
    @FXML private TableView<ResultRow> applicationsTable;
    @FXML private TableColumn<ResultRow, String> numberColumn;
    @FXML private TableColumn<ResultRow, String> applicantColumn;
    @FXML private TableColumn<ResultRow, String> documentNumberColumn;
    @FXML private TableColumn<ResultRow, String> certificateColumn;
    @FXML private TableColumn<ResultRow, String> mappingColumn;
    @FXML private TableColumn<ResultRow, String> statusColumn;
    @FXML private TableColumn<ResultRow, String> acceptedOnColumn;
    @FXML private TableColumn<ResultRow, String> clerkColumn;
    @FXML private Button openApplicationButton;
    @FXML private Label applicationsCountLabel;
    @FXML private Label applicationsErrorLabel;

    private final ApplicationsViewModel model;
    private final DetailOpener details;

    public ApplicationsView(ApplicationsViewModel model, DetailOpener details) {
        this.model = model;
        this.details = details;
    }

    @FXML
    private void initialize() {
        for (TextField field : List.of(acceptanceNoFilter, nameFilter, documentNumberFilter, certificateNoFilter)) {
            field.setOnAction(e -> model.search());
        }
        acceptanceNoFilter.textProperty().bindBidirectional(model.acceptanceNoProperty());
        nameFilter.textProperty().bindBidirectional(model.nameProperty());
        documentNumberFilter.textProperty().bindBidirectional(model.documentNumberProperty());
        certificateNoFilter.textProperty().bindBidirectional(model.certificateNoProperty());
        choices(applicationStatusFilter, model.statuses(), model::statusText);
        applicationStatusFilter.valueProperty().bindBidirectional(model.statusProperty());
        acceptedFromPicker.valueProperty().bindBidirectional(model.fromProperty());
        acceptedToPicker.valueProperty().bindBidirectional(model.toProperty());
        choices(mappedOccupationFilter, model.occupations(), model::occupationText);
        mappedOccupationFilter.valueProperty().bindBidirectional(model.occupationProperty());
        columns();
        applicationsTable.setItems(model.rows());
        applicationsTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        // a list read again chooses the same application again
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && applicationsTable.getSelectionModel().getSelectedItem() != now) {
                applicationsTable.getSelectionModel().select(now);
            }
        });
        applicationsTable.setRowFactory(table -> {
            TableRow<ResultRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open();
                }
            });
            return row;
        });
        applicationsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });
        openApplicationButton.disableProperty().bind(model.selectedProperty().isNull());
        applicationsCountLabel.textProperty().bind(model.countProperty());
        applicationsErrorLabel.textProperty().bind(model.errorProperty());
        applicationDetailPane.setVisible(false);
        model.search();
    }

    private void columns() {
        column(numberColumn, ResultRow::number);
        column(applicantColumn, ResultRow::name);
        column(documentNumberColumn, ResultRow::idNumber);
        column(certificateColumn, ResultRow::certificate);
        column(mappingColumn, ResultRow::mapping);
        column(statusColumn, ResultRow::status);
        column(acceptedOnColumn, ResultRow::acceptedOn);
        column(clerkColumn, ResultRow::clerk);
    }

    /** A column of text; a text cut short by the column's width is shown whole when the pointer rests on it. */
    private static void column(TableColumn<ResultRow, String> column, Function<ResultRow, String> value) {
        Columns.show(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                setTooltip(blank ? null : new Tooltip(item));
            }
        });
    }

    private static <T> void choices(ComboBox<T> box, ObservableList<T> items, Function<T, String> text) {
        box.setItems(items);
        ChoiceCells.show(box, text);
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void clear() {
        model.clear();
    }

    @FXML
    private void open() {
        ResultRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        applicationDetailPane.getChildren().setAll(details.open(row.application().id(), this::back));
        searchPane.setVisible(false);
        applicationDetailPane.setVisible(true);
    }

    private void back() {
        applicationDetailPane.setVisible(false);
        applicationDetailPane.getChildren().clear();
        searchPane.setVisible(true);
        model.search();
        applicationsTable.requestFocus();
    }
}
