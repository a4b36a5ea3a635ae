package cn.bizhao.ui.intake;

import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.common.WholeText;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The wizard's frame: the progress rail, the live checklist (a click goes to the step), the
 * current step, and the keys: F7/F8 previous and next step, F5 take a picture, F6 import a file,
 * F9 accept.
 */
public final class IntakeWizardView {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass COMPLETE = PseudoClass.getPseudoClass("complete");

    @FXML private BorderPane wizardRoot;
    @FXML private Label draftStateLabel;
    @FXML private VBox stepButtons;
    @FXML private ListView<ChecklistEntry> checklistList;
    @FXML private HBox duplicateBar;
    @FXML private Label duplicateLabel;
    @FXML private StackPane stepPane;
    @FXML private Label messageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button saveMineButton;
    @FXML private Button reloadStoredButton;

    private final IntakeWizardViewModel model;
    private final ViewLoader views;
    private final Map<IntakeStep, Node> steps = new EnumMap<>(IntakeStep.class);
    private final Map<IntakeStep, Button> rail = new EnumMap<>(IntakeStep.class);
    private final Map<IntakeStep, StepKeys> keys = new EnumMap<>(IntakeStep.class);
    private final EventHandler<KeyEvent> functionKeys = this::functionKey;

    public IntakeWizardView(IntakeWizardViewModel model, ViewLoader views) {
        this.model = model;
        this.views = views;
    }

    @FXML
    private void initialize() {
        ApplicantStepView applicant = new ApplicantStepView(model.applicant(), model.messages(), model::next);
        PhotoStepView photo = new PhotoStepView(model.photo());
        CertificateStepView certificate = new CertificateStepView(model.certificate(), model);
        MaterialsStepView materials = new MaterialsStepView(model.materials());
        ReviewStepView review = new ReviewStepView(model.review(), views, model::startNext);
        add(IntakeStep.APPLICANT, views.load(ApplicantStepView.class, () -> applicant), applicant);
        add(IntakeStep.PHOTO, views.load(PhotoStepView.class, () -> photo), photo);
        add(IntakeStep.CERTIFICATE, views.load(CertificateStepView.class, () -> certificate), certificate);
        add(IntakeStep.MATERIALS, views.load(MaterialsStepView.class, () -> materials), materials);
        add(IntakeStep.REVIEW, views.load(ReviewStepView.class, () -> review), review);

        checklistList.setItems(model.missing());
        checklistList.setCellFactory(list -> new ChecklistCell());
        Label complete = new Label(model.messages().get("intake.checklist.complete"));
        complete.setId("checklistCompleteLabel");
        complete.setWrapText(true);
        complete.getStyleClass().add("ready-text");
        checklistList.setPlaceholder(complete);
        draftStateLabel.textProperty().bind(model.draftStateProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        for (Button choice : new Button[] {saveMineButton, reloadStoredButton}) {
            choice.visibleProperty().bind(model.conflictedProperty());
            choice.managedProperty().bind(choice.visibleProperty());
        }
        duplicateLabel.textProperty().bind(model.duplicateTextProperty());
        duplicateBar.visibleProperty().bind(model.duplicateTextProperty().isNotEmpty());
        duplicateBar.managedProperty().bind(duplicateBar.visibleProperty());
        model.stepProperty().addListener((obs, old, now) -> show(now));
        model.missing().addListener((ListChangeListener<ChecklistEntry>) c -> markComplete());
        // the keys work wherever the focus is in the window while the wizard is shown
        wizardRoot.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, functionKeys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, functionKeys);
                keys.get(model.stepProperty().get()).entered();
            }
        });
        show(model.stepProperty().get());
        markComplete();
    }

    private void add(IntakeStep step, Node node, StepKeys stepKeys) {
        steps.put(step, node);
        keys.put(step, stepKeys);
        stepPane.getChildren().add(node);
        Button button = new Button(model.messages().get("intake.step.number", step.ordinal() + 1,
                model.messages().get(step.titleKey())));
        button.setId("step-" + step.name());
        button.getStyleClass().add("step-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(false);
        button.setOnAction(e -> model.goTo(step));
        rail.put(step, button);
        stepButtons.getChildren().add(button);
    }

    private void show(IntakeStep current) {
        steps.forEach((step, node) -> node.setVisible(step == current));
        rail.forEach((step, button) -> button.pseudoClassStateChanged(CURRENT, step == current));
        previousButton.setDisable(current == IntakeStep.APPLICANT);
        nextButton.setDisable(current == IntakeStep.REVIEW);
        keys.get(current).entered();
    }

    private void markComplete() {
        rail.forEach((step, button) -> button.pseudoClassStateChanged(COMPLETE,
                model.missing().stream().noneMatch(entry -> entry.step() == step)));
    }

    private void functionKey(KeyEvent event) {
        StepKeys current = keys.get(model.stepProperty().get());
        boolean handled = switch (event.getCode()) {
            case F7 -> run(model::previous);
            case F8 -> run(model::next);
            case F5 -> current.capture();
            case F6 -> current.importFile();
            case F9 -> current.accept();
            default -> false;
        };
        if (handled) {
            event.consume();
        }
    }

    private static boolean run(Runnable action) {
        action.run();
        return true;
    }

    @FXML
    private void previous() {
        model.previous();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void saveMine() {
        model.saveMine();
    }

    @FXML
    private void reloadStored() {
        model.reloadStored();
    }

    @FXML
    private void openDuplicate() {
        model.openDuplicate();
    }

    /** A missing item; a click goes to its step. */
    private final class ChecklistCell extends ListCell<ChecklistEntry> {
        ChecklistCell() {
            WholeText.wrap(this);
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (getItem() != null) {
                    model.goTo(getItem().step());
                }
            });
        }

        @Override
        protected void updateItem(ChecklistEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.text());
        }
    }
}
