package cn.bizhao.ui.document;

import cn.bizhao.service.document.PrintService;
import cn.bizhao.ui.common.FxImages;
import java.awt.image.BufferedImage;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** A document's pages as they print, with printer, copies, print and save as PDF. */
public final class DocumentPreviewView {
    private static final double ZOOM_STEP = 0.5;
    private static final double MAX_ZOOM = 3;

    @FXML private ScrollPane pagesScroll;
    @FXML private VBox pagesBox;
    @FXML private ComboBox<String> printerBox;
    @FXML private Spinner<Integer> copiesSpinner;
    @FXML private Button printButton;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private VBox workingBox;

    /** Page width as a share of the visible width: 1 fits the width; larger to read small print. */
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final DocumentPreviewViewModel model;

    public DocumentPreviewView(DocumentPreviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        model.pages().addListener((ListChangeListener<BufferedImage>) c -> showPages());
        printerBox.setItems(model.printers());
        printerBox.valueProperty().bindBidirectional(model.printerProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory copies =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, PrintService.MAX_COPIES, 1);
        copiesSpinner.setValueFactory(copies);
        copies.valueProperty().addListener((obs, old, now) -> model.copiesProperty().set(now == null ? 1 : now));
        printButton.disableProperty().bind(model.canPrintProperty().not());
        saveButton.disableProperty().bind(model.documentProperty().isNull());
        messageLabel.textProperty().bind(model.messageProperty());
        zoomOutButton.disableProperty().bind(zoom.lessThanOrEqualTo(1));
        zoomInButton.disableProperty().bind(zoom.greaterThanOrEqualTo(MAX_ZOOM));
        pagesScroll.fitToWidthProperty().bind(zoom.lessThanOrEqualTo(1));
        workingBox.visibleProperty().bind(model.workingProperty());
        showPages();
    }

    @FXML
    private void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() + ZOOM_STEP));
    }

    @FXML
    private void zoomOut() {
        zoom.set(Math.max(1, zoom.get() - ZOOM_STEP));
    }

    private void showPages() {
        pagesBox.getChildren().clear();
        for (BufferedImage page : model.pages()) {
            ImageView view = new ImageView(FxImages.of(page));
            view.setPreserveRatio(true);
            view.getStyleClass().add("document-page");
            view.fitWidthProperty().bind(pagesScroll.widthProperty().subtract(40).multiply(zoom));
            pagesBox.getChildren().add(view);
        }
    }

    @FXML
    private void print() {
        model.print();
    }

    @FXML
    private void save() {
        model.saveAs();
    }
}
