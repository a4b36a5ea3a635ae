package cn.bizhao.ui.review;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.ui.common.ViewLoader;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** 待审核: the reviewer's worklist; opening an application shows its review in place of the list. */
public final class ReviewView {
    @FXML private VBox worklistPane;
    @FXML private StackPane detailPane;
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
    private final Supplier<ReviewFileViewModel> files;
    private final ViewLoader views;

    public ReviewView(WorklistViewModel model, Supplier<ReviewFileViewModel> files, ViewLoader views) {
        this.model = model;
        this.files = files;
        this.views = views;
    }

    @FXML
    private void initialize() {
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
        ReviewFileViewModel file = files.get();
        detailPane.getChildren().setAll(views.load(ReviewFileView.class, () -> new ReviewFileView(file, this::back)));
        file.load(row.id());
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
