package cn.bizhao.ui.review;

import cn.bizhao.domain.review.DepartmentOutcome;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** What the supervisor decides on one application, one section shown for each status. */
public final class SupervisionFileView {
    @FXML private Label supervisionHeadingLabel;
    @FXML private Label supervisionNoticeLabel;
    @FXML private Label supervisionErrorLabel;
    @FXML private ListView<String> supervisionLinesList;
    @FXML private VBox conclusionBox;
    @FXML private TextArea supervisorNoteField;
    @FXML private GridPane supervisionFactsGrid;
    @FXML private VBox supervisionPagesBox;
    @FXML private VBox approvedBox;
    @FXML private VBox stampBox;
    @FXML private VBox decisionBox;
    @FXML private ComboBox<DepartmentOutcome> departmentOutcomeChoice;
    @FXML private DatePicker decisionDatePicker;
    @FXML private TextField documentNoField;
    @FXML private TextField decisionNoteField;
    @FXML private Label replyLabel;
    @FXML private VBox certificateBox;
    @FXML private TextField certificateNoField;
    @FXML private DatePicker issuedOnPicker;
    @FXML private TextField evaluationInstitutionField;
    @FXML private Label mappedLabel;

    private final SupervisionFileViewModel model;
    private final Runnable back;

    public SupervisionFileView(SupervisionFileViewModel model, Runnable back) {
        this.model = model;
        this.back = back;
    }

    @FXML
    private void initialize() {
        supervisionHeadingLabel.textProperty().bind(model.headingProperty());
        supervisionNoticeLabel.textProperty().bind(model.noticeProperty());
        supervisionErrorLabel.textProperty().bind(model.errorProperty());
        ReviewFileView.onlyWithText(supervisionNoticeLabel);
        ReviewFileView.onlyWithText(supervisionErrorLabel);
        supervisionLinesList.setItems(model.lines());
        model.facts().addListener((ListChangeListener<String[]>) change -> ReviewFileView.facts(supervisionFactsGrid,
                model.facts()));
        PageViewer viewer = new PageViewer(model::picture, model.tasks(), model.messages());
        supervisionPagesBox.getChildren().setAll(viewer.root());
        VBox.setVgrow(viewer.root(), Priority.ALWAYS);
        model.fileProperty().addListener((obs, old, now) -> viewer.show(now.application().materials()));
        supervisorNoteField.textProperty().bindBidirectional(model.noteProperty());
        show(conclusionBox, model.pending());
        show(approvedBox, model.approved());
        show(stampBox, model.stampable());
        show(decisionBox, model.submitted());
        show(certificateBox, model.departmentApproved());
        Choices.bind(departmentOutcomeChoice, List.of(DepartmentOutcome.values()), model.messages(),
                model.departmentOutcomeProperty());
        decisionDatePicker.valueProperty().bindBidirectional(model.decidedOnProperty());
        documentNoField.textProperty().bindBidirectional(model.documentNoProperty());
        decisionNoteField.textProperty().bindBidirectional(model.decisionNoteProperty());
        replyLabel.textProperty().bind(model.replyNameProperty());
        certificateNoField.textProperty().bindBidirectional(model.certificateNoProperty());
        issuedOnPicker.valueProperty().bindBidirectional(model.issuedOnProperty());
        evaluationInstitutionField.textProperty().bindBidirectional(model.evaluationInstitutionProperty());
        mappedLabel.textProperty().bind(model.mappedProperty());
    }

    private static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    @FXML
    private void back() {
        back.run();
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    @FXML
    private void sendBack() {
        model.sendBack();
    }

    @FXML
    private void recordSubmission() {
        model.recordSubmission();
    }

    @FXML
    private void saveStampedForm() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("stamped-form.pdf");
        File file = chooser.showSaveDialog(supervisorNoteField.getScene().getWindow());
        if (file != null) {
            model.saveStampedForm(file.toPath());
        }
    }

    @FXML
    private void attachReply() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JPEG, PNG, PDF", "*.jpg", "*.jpeg", "*.png", "*.pdf"));
        File file = chooser.showOpenDialog(supervisorNoteField.getScene().getWindow());
        if (file != null) {
            String name = file.getName().toLowerCase(Locale.ROOT);
            String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png" : "image/jpeg";
            try {
                model.attachReply(Files.readAllBytes(file.toPath()), type, file.getName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FXML
    private void recordDecision() {
        model.recordDecision();
    }

    @FXML
    private void recordCertificate() {
        model.recordCertificate();
    }
}
