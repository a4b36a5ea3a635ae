package cn.bizhao.ui.review;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.ReviewDraft;
import cn.bizhao.domain.review.ReviewPart;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.ui.common.IsoDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * One application's review file: the registration data and pages on the left, the reviewer's one
 * form on the right, and at the bottom what is still missing beside the button that submits it.
 */
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
    @FXML private ListView<ChecklistLine> reviewLinesList;
    @FXML private ScrollPane reviewFormScroll;
    @FXML private VBox reviewForm;
    @FXML private VBox editBox;
    @FXML private ListView<MaterialKind> materialList;
    @FXML private Label verdictMaterialLabel;
    @FXML private ComboBox<MaterialVerdict> verdictChoice;
    @FXML private TextField verdictNoteField;
    @FXML private ComboBox<VerificationMethod> verificationMethodChoice;
    @FXML private DatePicker verificationDatePicker;
    @FXML private ComboBox<VerificationResult> verificationResultChoice;
    @FXML private TextField verificationNoteField;
    @FXML private ComboBox<Route> routeChoice;
    @FXML private TextArea modulesArea;
    @FXML private Button requireAssessmentButton;
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
    @FXML private VBox verdictSection;
    @FXML private VBox verificationSection;
    @FXML private VBox routeSection;
    @FXML private VBox opinionSection;
    @FXML private VBox conclusionSection;
    @FXML private Label verdictsMissingLabel;
    @FXML private Label verificationMissingLabel;
    @FXML private Label routeMissingLabel;
    @FXML private Label opinionMissingLabel;
    @FXML private Label conclusionMissingLabel;
    @FXML private Label readinessLabel;
    @FXML private Label missingListLabel;
    @FXML private Label draftStateLabel;
    @FXML private Button concludeButton;

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
        onlyWithText(conclusionLabel);
        model.facts().addListener((ListChangeListener<String[]>) change -> facts(factsGrid, model.facts()));
        PageViewer viewer = new PageViewer(model::picture, model.tasks(), messages);
        pagesBox.getChildren().setAll(viewer.root());
        VBox.setVgrow(viewer.root(), Priority.ALWAYS);
        model.fileProperty().addListener((obs, old, now) -> {
            viewer.show(now.application().materials());
            viewer.showMaterial(model.materialProperty().get());
        });

        startReviewButton.visibleProperty().bind(model.canStart());
        startReviewButton.managedProperty().bind(model.canStart());
        takeFileButton.visibleProperty().bind(model.canTake());
        takeFileButton.managedProperty().bind(takeFileButton.visibleProperty());
        handBackFileButton.visibleProperty().bind(model.canHandBack());
        handBackFileButton.managedProperty().bind(handBackFileButton.visibleProperty());
        fileHolderLabel.textProperty().bind(model.holderText());
        BooleanBinding canEdit = model.canEdit();
        editBox.disableProperty().bind(canEdit.not());
        concludeButton.disableProperty().bind(canEdit.not());
        assessmentBox.visibleProperty().bind(model.inAssessment());
        assessmentBox.managedProperty().bind(model.inAssessment());

        following(viewer);
        Choices.bind(verdictChoice, List.of(MaterialVerdict.values()), messages, model.verdictProperty());
        verdictNoteField.textProperty().bindBidirectional(model.verdictNoteProperty());
        verdictMaterialLabel.textProperty().bind(Bindings.createStringBinding(() -> model.materialProperty().get() == null
                ? "" : messages.of(model.materialProperty().get()), model.materialProperty()));
        Choices.bind(verificationMethodChoice, List.of(VerificationMethod.values()), messages, model.methodProperty());
        verificationDatePicker.valueProperty().bindBidirectional(model.checkedOnProperty());
        Choices.bind(verificationResultChoice, List.of(VerificationResult.values()), messages, model.resultProperty());
        verificationNoteField.textProperty().bindBidirectional(model.verificationNoteProperty());
        Choices.bind(routeChoice, List.of(Route.values()), messages, model.routeProperty());
        modulesArea.textProperty().bindBidirectional(model.moduleNamesProperty());
        BooleanBinding modular = model.routeProperty().isEqualTo(Route.MODULE_ASSESSMENT);
        modulesArea.visibleProperty().bind(modular);
        modulesArea.managedProperty().bind(modular);
        requireAssessmentButton.visibleProperty().bind(modular);
        requireAssessmentButton.managedProperty().bind(modular);
        Choices.bind(assessmentModuleChoice, model.modules(), m -> m.number() + ". " + m.name(), model.moduleProperty());
        assessmentDatePicker.valueProperty().bindBidirectional(model.assessedOnProperty());
        IsoDates.apply(verificationDatePicker, assessmentDatePicker);
        assessmentPassedCheck.selectedProperty().bindBidirectional(model.passedProperty());
        assessmentScoreField.textProperty().bindBidirectional(model.scoreProperty());
        assessorField.textProperty().bindBidirectional(model.assessorProperty());
        opinionArea.textProperty().bindBidirectional(model.opinionProperty());
        Choices.bind(outcomeChoice, List.of(Outcome.values()), messages, model.outcomeProperty());
        conclusionDetailArea.textProperty().bindBidirectional(model.detailProperty());
        BooleanBinding approving = model.outcomeProperty().isEqualTo(Outcome.APPROVE);
        conclusionDetailArea.visibleProperty().bind(approving.not());
        conclusionDetailArea.managedProperty().bind(approving.not());

        Map<ReviewPart, Label> missingLabels = Map.of(ReviewPart.VERDICTS, verdictsMissingLabel,
                ReviewPart.VERIFICATION, verificationMissingLabel, ReviewPart.ROUTE, routeMissingLabel,
                ReviewPart.OPINION, opinionMissingLabel, ReviewPart.CONCLUSION, conclusionMissingLabel);
        missingLabels.forEach((part, label) -> {
            label.textProperty().bind(model.missingProperty(part));
            onlyWithText(label);
        });
        readinessLabel.textProperty().bind(model.readinessProperty());
        model.completeProperty().addListener((obs, old, now) -> readinessStyle(now));
        readinessStyle(model.completeProperty().get());
        missingListLabel.textProperty().bind(Bindings.createStringBinding(() -> String.join(
                messages.get("review.missing.separator"), model.missing()), model.missing()));
        onlyWithText(missingListLabel);
        draftStateLabel.textProperty().bind(model.draftStateProperty());
    }

    /** The material list, 审核情况 and the page viewer show one material: choosing it in one moves the others. */
    private void following(PageViewer viewer) {
        materialList.setItems(model.materials());
        materialList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MaterialKind item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                ReviewDraft.Verdict v = model.verdictOf(item);
                setText(model.messages().get("review.material.entry", item, v.verdict() == null
                        ? model.messages().get("review.material.noVerdict") : model.messages().of(v.verdict())));
            }
        });
        model.checklist().addListener((ListChangeListener<ChecklistLine>) change -> materialList.refresh());
        materialList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.materialProperty().set(now);
            }
        });
        reviewLinesList.setItems(model.checklist());
        reviewLinesList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ChecklistLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("missing-line");
                setText(empty || item == null ? null : item.text());
                if (!empty && item != null && item.missing()) {
                    getStyleClass().add("missing-line");
                }
            }
        });
        reviewLinesList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                if (now.material() != null) {
                    model.materialProperty().set(now.material());
                }
                reveal(section(now.part()));
            }
        });
        viewer.onMaterialChosen(kind -> model.materialProperty().set(kind));
        model.materialProperty().addListener((obs, old, now) -> {
            materialList.getSelectionModel().select(now);
            viewer.showMaterial(now);
            reviewLinesList.getItems().stream().filter(l -> l.material() == now && now != null).findFirst()
                    .ifPresent(line -> reviewLinesList.getSelectionModel().select(line));
        });
        model.checklist().addListener((ListChangeListener<ChecklistLine>) change -> {
            MaterialKind now = model.materialProperty().get();
            materialList.getSelectionModel().select(now);
        });
    }

    private Node section(ReviewPart part) {
        return switch (part) {
            case VERDICTS -> verdictSection;
            case VERIFICATION -> verificationSection;
            case ROUTE -> routeSection;
            case OPINION -> opinionSection;
            case CONCLUSION -> conclusionSection;
        };
    }

    /** Scrolls the form so that the part is in view. */
    private void reveal(Node node) {
        Bounds bounds = reviewForm.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = reviewForm.getBoundsInLocal().getHeight() - reviewFormScroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            reviewFormScroll.setVvalue(Math.min(1, Math.max(0, bounds.getMinY() / hidden)));
        }
    }

    private void readinessStyle(boolean complete) {
        readinessLabel.getStyleClass().removeAll("ready-text", "missing-text");
        readinessLabel.getStyleClass().add(complete ? "ready-text" : "missing-text");
    }

    /** An empty message takes no room. */
    static void onlyWithText(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    /** The registration data as label and value, the value wrapped rather than cut. */
    static void facts(GridPane grid, List<String[]> facts) {
        grid.getChildren().clear();
        for (int i = 0; i < facts.size(); i++) {
            String[] fact = facts.get(i);
            Label label = new Label(fact[0]);
            label.getStyleClass().add("fact-label");
            label.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(fact[1]);
            value.setWrapText(true);
            grid.addRow(i, label, value);
        }
    }

    @FXML
    private void back() {
        model.saveNow();
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
    private void requireAssessment() {
        model.requireAssessment();
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
    private void conclude() {
        model.submit();
    }
}
