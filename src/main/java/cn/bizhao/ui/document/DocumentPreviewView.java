package cn.bizhao.ui.document;

import cn.bizhao.service.document.PrintService;
import cn.bizhao.ui.common.FxImages;
import java.awt.image.BufferedImage;
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
    @FXML private ScrollPane pagesScroll;
    @FXML private VBox pagesBox;
    @FXML private ComboBox<String> printerBox;
    @FXML private Spinner<Integer> copiesSpinner;
    @FXML private Button printButton;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;

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
        showPages();
    }

    private void showPages() {
        pagesBox.getChildren().clear();
        for (BufferedImage page : model.pages()) {
            ImageView view = new ImageView(FxImages.of(page));
            view.setPreserveRatio(true);
            view.getStyleClass().add("document-page");
            view.fitWidthProperty().bind(pagesScroll.widthProperty().subtract(40));
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
