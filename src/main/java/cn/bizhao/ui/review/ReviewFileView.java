package cn.bizhao.ui.review;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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

/** One application's review, the registration data and pages on the left, the reviewer's work on the right. */
public final class ReviewFileView {
    @FXML private Label reviewStatusLabel;
    @FXML private Label reviewNoticeLabel;
    @FXML private Label reviewErrorLabel;
    @FXML private GridPane factsGrid;
    @FXML private Label idNumberLabel;
    @FXML private VBox pagesBox;
    @FXML private Button startReviewButton;
    @FXML private Button takeFileButton;
    @FXML private Button handBackFileButton;
    @FXML private Label fileHolderLabel;
    @FXML private ListView<String> reviewLinesList;
    @FXML private VBox editBox;
    @FXML private ComboBox<MaterialKind> verdictMaterialChoice;
    @FXML private ComboBox<MaterialVerdict> verdictChoice;
    @FXML private TextField verdictNoteField;
    @FXML private ComboBox<VerificationMethod> verificationMethodChoice;
    @FXML private DatePicker verificationDatePicker;
    @FXML private ComboBox<VerificationResult> verificationResultChoice;
    @FXML private TextField verificationNoteField;
    @FXML private ComboBox<Route> routeChoice;
    @FXML private TextArea modulesArea;
    @FXML private VBox assessmentBox;
    @FXML private ComboBox<SkillModule> assessmentModuleChoice;
    @FXML private DatePicker assessmentDatePicker;
    @FXML private CheckBox assessmentPassedCheck;
    @FXML private TextField assessmentScoreField;
    @FXML private TextField assessorField;
    @FXML private TextArea opinionArea;
    @FXML private ComboBox<Outcome> outcomeChoice;
    @FXML private TextArea conclusionDetailArea;
    @FXML private Label conclusionLabel;

    private final ReviewFileViewModel model;
    private final Runnable back;

    public ReviewFileView(ReviewFileViewModel model, Runnable back) {
        this.model = model;
        this.back = back;
    }

    @FXML
    private void initialize() {
        var messages = model.messages();
        reviewStatusLabel.textProperty().bind(model.statusProperty());
        reviewNoticeLabel.textProperty().bind(model.noticeProperty());
        reviewErrorLabel.textProperty().bind(model.errorProperty());
        onlyWithText(reviewNoticeLabel);
        onlyWithText(reviewErrorLabel);
        idNumberLabel.textProperty().bind(model.idNumberProperty());
        conclusionLabel.textProperty().bind(model.conclusionProperty());
        model.facts().addListener((ListChangeListener<String[]>) change -> facts());
        reviewLinesList.setItems(model.reviewLines());
        PageViewer viewer = new PageViewer(model::picture, model.tasks(), messages);
        pagesBox.getChildren().setAll(viewer.root());
        VBox.setVgrow(viewer.root(), Priority.ALWAYS);
        model.fileProperty().addListener((obs, old, now) -> viewer.show(now.application().materials()));

        startReviewButton.visibleProperty().bind(model.canStart());
        startReviewButton.managedProperty().bind(model.canStart());
        takeFileButton.visibleProperty().bind(model.canTake());
        takeFileButton.managedProperty().bind(takeFileButton.visibleProperty());
        handBackFileButton.visibleProperty().bind(model.canHandBack());
        handBackFileButton.managedProperty().bind(handBackFileButton.visibleProperty());
        fileHolderLabel.textProperty().bind(model.holderText());
        BooleanBinding canEdit = model.canEdit();
        editBox.disableProperty().bind(canEdit.not());
        assessmentBox.visibleProperty().bind(model.inAssessment());
        assessmentBox.managedProperty().bind(model.inAssessment());

        Choices.bind(verdictMaterialChoice, model.materials(), messages::of, model.verdictMaterialProperty());
        Choices.bind(verdictChoice, List.of(MaterialVerdict.values()), messages, model.verdictProperty());
        verdictNoteField.textProperty().bindBidirectional(model.verdictNoteProperty());
        Choices.bind(verificationMethodChoice, List.of(VerificationMethod.values()), messages, model.methodProperty());
        verificationDatePicker.valueProperty().bindBidirectional(model.checkedOnProperty());
        Choices.bind(verificationResultChoice, List.of(VerificationResult.values()), messages, model.resultProperty());
        verificationNoteField.textProperty().bindBidirectional(model.verificationNoteProperty());
        Choices.bind(routeChoice, List.of(Route.values()), messages, model.routeProperty());
        modulesArea.textProperty().bindBidirectional(model.moduleNamesProperty());
        modulesArea.disableProperty().bind(model.routeProperty().isNotEqualTo(Route.MODULE_ASSESSMENT));
        Choices.bind(assessmentModuleChoice, model.modules(), m -> m.number() + ". " + m.name(), model.moduleProperty());
        assessmentDatePicker.valueProperty().bindBidirectional(model.assessedOnProperty());
        assessmentPassedCheck.selectedProperty().bindBidirectional(model.passedProperty());
        assessmentScoreField.textProperty().bindBidirectional(model.scoreProperty());
        assessorField.textProperty().bindBidirectional(model.assessorProperty());
        opinionArea.textProperty().bindBidirectional(model.opinionProperty());
        Choices.bind(outcomeChoice, List.of(Outcome.values()), messages, model.outcomeProperty());
        conclusionDetailArea.textProperty().bindBidirectional(model.detailProperty());
        conclusionDetailArea.disableProperty().bind(model.outcomeProperty().isEqualTo(Outcome.APPROVE));
    }

    /** An empty message takes no room. */
    static void onlyWithText(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    private void facts() {
        factsGrid.getChildren().clear();
        for (int i = 0; i < model.facts().size(); i++) {
            String[] fact = model.facts().get(i);
            Label label = new Label(fact[0]);
            label.getStyleClass().add("fact-label");
            Label value = new Label(fact[1]);
            value.setWrapText(true);
            factsGrid.addRow(i, label, value);
        }
    }

    @FXML
    private void back() {
        back.run();
    }

    @FXML
    private void showFullNumber() {
        model.showFullNumber();
    }

    @FXML
    private void takeFile() {
        model.take();
    }

    @FXML
    private void handBackFile() {
        model.handBack();
    }

    @FXML
    private void startReview() {
        model.start();
    }

    @FXML
    private void saveVerdict() {
        model.saveVerdict();
    }

    @FXML
    private void saveVerification() {
        model.saveVerification();
    }

    @FXML
    private void addEvidence() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JPEG, PNG, PDF", "*.jpg", "*.jpeg", "*.png", "*.pdf"));
        var file = chooser.showOpenDialog(opinionArea.getScene().getWindow());
        if (file != null) {
            try {
                String name = file.getName().toLowerCase(Locale.ROOT);
                String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png" : "image/jpeg";
                model.addEvidence(Files.readAllBytes(file.toPath()), type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FXML
    private void saveRoute() {
        model.saveRoute();
    }

    @FXML
    private void recordAssessment() {
        model.recordAssessment();
    }

    @FXML
    private void endAssessment() {
        model.endAssessment();
    }

    @FXML
    private void saveOpinion() {
        model.saveOpinion();
    }

    @FXML
    private void conclude() {
        model.conclude();
    }
}
