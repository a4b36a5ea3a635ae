package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.ui.common.FxImages;
import cn.bizhao.ui.common.WholeText;
import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/** 申报材料: the checklist of materials, the chosen material's thumbnails, and the page shown large. */
public final class MaterialsStepView implements StepKeys {
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    @FXML private ListView<MaterialRow> materialsList;
    @FXML private Button takePageButton;
    @FXML private Button importPagesButton;
    @FXML private Button earlierButton;
    @FXML private Button laterButton;
    @FXML private Button rotateButton;
    @FXML private Button retakeButton;
    @FXML private Button deletePageButton;
    @FXML private Label noticeLabel;
    @FXML private ListView<PageItem> pagesList;
    @FXML private StackPane previewPane;
    @FXML private ImageView previewView;

    private final MaterialsStepViewModel model;

    public MaterialsStepView(MaterialsStepViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        materialsList.setItems(model.materials());
        materialsList.setCellFactory(list -> {
            MaterialCell cell = new MaterialCell();
            WholeText.wrap(cell);
            return cell;
        });
        materialsList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.chosenProperty().set(now.kind());
            }
        });
        model.materials().addListener((ListChangeListener<MaterialRow>) c -> selectChosen());
        model.chosenProperty().addListener((obs, old, now) -> selectChosen());
        selectChosen();

        pagesList.setItems(model.pages());
        pagesList.setCellFactory(list -> new PageCell());
        pagesList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.chosenPageProperty().get()) {
                model.chosenPageProperty().set(now);
            }
        });
        model.chosenPageProperty().addListener((obs, old, now) -> pagesList.getSelectionModel().select(now));
        model.previewProperty().addListener((obs, old, now) -> previewView.setImage(FxImages.of(now)));
        previewView.fitWidthProperty().bind(previewPane.widthProperty().subtract(16));
        previewView.fitHeightProperty().bind(previewPane.heightProperty().subtract(16));
        previewView.setManaged(false);
        previewPane.layoutBoundsProperty().addListener((obs, old, now) -> centre());
        previewView.imageProperty().addListener((obs, old, now) -> centre());
        noticeLabel.textProperty().bind(model.noticeProperty());
        takePageButton.disableProperty().bind(model.busyProperty());
        importPagesButton.disableProperty().bind(model.busyProperty());
        for (Button b : new Button[] {earlierButton, laterButton, rotateButton, retakeButton, deletePageButton}) {
            b.disableProperty().bind(model.busyProperty().or(model.chosenPageProperty().isNull()));
        }
    }

    /** The whole page fits the preview area, centred (unmanaged, so that it never makes the area grow). */
    private void centre() {
        Bounds shown = previewView.getLayoutBounds();
        previewView.relocate((previewPane.getWidth() - shown.getWidth()) / 2, (previewPane.getHeight() - shown.getHeight()) / 2);
    }

    private void selectChosen() {
        MaterialKind kind = model.chosenProperty().get();
        MaterialRow selected = materialsList.getSelectionModel().getSelectedItem();
        if (selected != null && selected.kind() == kind) {
            return;
        }
        model.materials().stream().filter(row -> row.kind() == kind).findFirst()
                .ifPresent(row -> materialsList.getSelectionModel().select(row));
    }

    @FXML
    private void takePage() {
        model.takePage();
    }

    @FXML
    private void importPages() {
        model.importPages();
    }

    @FXML
    private void earlier() {
        model.moveEarlier();
    }

    @FXML
    private void later() {
        model.moveLater();
    }

    @FXML
    private void rotate() {
        model.rotate();
    }

    @FXML
    private void retake() {
        model.retakePage();
    }

    @FXML
    private void delete() {
        model.deletePage();
    }

    @Override
    public void entered() {
        Platform.runLater(materialsList::requestFocus);
    }

    @Override
    public boolean capture() {
        if (!model.busyProperty().get()) {
            model.takePage();
        }
        return true;
    }

    @Override
    public boolean importFile() {
        model.importPages();
        return true;
    }

    /** A material: its name and pages, marked while required and missing. */
    private static final class MaterialCell extends ListCell<MaterialRow> {
        @Override
        protected void updateItem(MaterialRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.text());
            pseudoClassStateChanged(MISSING, !empty && item != null && item.missing());
        }
    }

    /** A thumbnail with its page number. */
    private static final class PageCell extends ListCell<PageItem> {
        private final ImageView thumbnail = new ImageView();
        private PageItem shown;

        PageCell() {
            thumbnail.setFitWidth(140);
            thumbnail.setFitHeight(150);
            thumbnail.setPreserveRatio(true);
            setContentDisplay(ContentDisplay.TOP);
        }

        @Override
        protected void updateItem(PageItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                shown = null;
                setGraphic(null);
                setText(null);
                return;
            }
            if (!Objects.equals(shown, item)) {
                thumbnail.setImage(FxImages.of(item.thumbnail()));
                shown = item;
            }
            setGraphic(thumbnail);
            setText(item.caption());
        }
    }
}
