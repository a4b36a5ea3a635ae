package cn.bizhao.ui.department;

import cn.bizhao.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** 人社部门审核: binds the controls to {@link DepartmentViewModel} and forwards the actions. */
public final class DepartmentView {
    @FXML private TextField institutionField;
    @FXML private TableView<SubmissionRow> submissionsTable;
    @FXML private TableColumn<SubmissionRow, String> acceptanceNoColumn;
    @FXML private TableColumn<SubmissionRow, String> institutionColumn;
    @FXML private TableColumn<SubmissionRow, String> nameColumn;
    @FXML private TableColumn<SubmissionRow, String> statusColumn;
    @FXML private TableColumn<SubmissionRow, String> versionColumn;
    @FXML private TableColumn<SubmissionRow, String> receivedColumn;
    @FXML private TableColumn<SubmissionRow, String> mappedColumn;
    @FXML private TextField certificateNoField;
    @FXML private DatePicker issuedOnPicker;
    @FXML private TextField evaluationBodyField;
    @FXML private TextArea reasonsArea;
    @FXML private TextArea correctionsArea;
    @FXML private Label departmentNoticeLabel;
    @FXML private Label departmentErrorLabel;

    private final DepartmentViewModel model;

    public DepartmentView(DepartmentViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        institutionField.textProperty().bindBidirectional(model.institutionProperty());
        institutionField.setOnAction(e -> model.search());
        Columns.show(acceptanceNoColumn, SubmissionRow::acceptanceNo);
        Columns.show(institutionColumn, SubmissionRow::institution);
        Columns.show(nameColumn, SubmissionRow::name);
        Columns.show(statusColumn, SubmissionRow::status);
        Columns.show(versionColumn, r -> Integer.toString(r.version()));
        Columns.show(receivedColumn, SubmissionRow::receivedOn);
        Columns.show(mappedColumn, SubmissionRow::mapped);
        submissionsTable.setItems(model.rows());
        submissionsTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        certificateNoField.textProperty().bindBidirectional(model.certificateNoProperty());
        issuedOnPicker.valueProperty().bindBidirectional(model.issuedOnProperty());
        evaluationBodyField.textProperty().bindBidirectional(model.evaluationBodyProperty());
        reasonsArea.textProperty().bindBidirectional(model.reasonsProperty());
        correctionsArea.textProperty().bindBidirectional(model.correctionsProperty());
        departmentNoticeLabel.textProperty().bind(model.noticeProperty());
        departmentErrorLabel.textProperty().bind(model.errorProperty());
        model.search();
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void approve() {
        model.approve();
    }

    @FXML
    private void returnForCorrection() {
        model.returnForCorrection();
    }

    @FXML
    private void signOff() {
        model.signOff();
    }

    @FXML
    private void exportDecision() {
        model.exportDecision();
    }
}
