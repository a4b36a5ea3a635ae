package cn.bizhao.ui.review;

import cn.bizhao.domain.application.ApplicationStatus;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A worklist (待审核 for the reviewer, 主管审批 for the supervisor): opening an application shows its
 * file in place of the list, and going back shows the list again, searched anew.
 */
public final class WorklistView {
    /** Builds the file of one application; {@code back} returns to the list. */
    @FunctionalInterface
    public interface FileOpener {
        Parent open(long applicationId, Runnable back);
    }

    @FXML private VBox worklistPane;
    @FXML private StackPane detailPane;
    @FXML private Label worklistTitle;
    @FXML private ComboBox<ApplicationStatus> statusFilter;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField regionFilter;
    @FXML private TextField occupationFilter;
    @FXML private TextField clerkFilter;
    @FXML private TextField searchField;
    @FXML private TableView<WorkRow> worklistTable;
    @FXML private Button openButton;
    @FXML private Label countLabel;
    @FXML private Label worklistErrorLabel;

    private final WorklistViewModel model;
    private final String title;
    private final FileOpener files;

    public WorklistView(WorklistViewModel model, String title, FileOpener files) {
        this.model = model;
        this.title = title;
        this.files = files;
    }

    @FXML
    private void initialize() {
        worklistTitle.setText(title);
        WorklistPane.columns(worklistTable);
        WorklistPane.bind(model, statusFilter, fromPicker, toPicker, regionFilter, occupationFilter, clerkFilter,
                searchField, worklistTable, countLabel, worklistErrorLabel, this::open);
        openButton.disableProperty().bind(model.selectedProperty().isNull());
        detailPane.setVisible(false);
        model.search();
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void open() {
        WorkRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        detailPane.getChildren().setAll(files.open(row.id(), this::back));
        worklistPane.setVisible(false);
        detailPane.setVisible(true);
    }

    private void back() {
        detailPane.setVisible(false);
        detailPane.getChildren().clear();
        worklistPane.setVisible(true);
        model.search();
    }
}
