package cn.bizhao.ui.intake;

import cn.bizhao.service.capture.CropRect;
import cn.bizhao.ui.common.FxImages;
import java.awt.image.BufferedImage;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * 相片: the frame with the 32:40 crop frame over it (drag to move, wheel or +/- to resize, arrow
 * keys to move), and the photo as stored.
 */
public final class PhotoStepView implements StepKeys {
    @FXML private Button takePictureButton;
    @FXML private Button importPictureButton;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Label messageLabel;
    @FXML private Pane framePane;
    @FXML private ImageView frameView;
    @FXML private Rectangle cropFrame;
    @FXML private ImageView photoView;
    @FXML private Label warningLabel;

    private final PhotoStepViewModel model;
    private double dragX;
    private double dragY;

    public PhotoStepView(PhotoStepViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        model.frameProperty().addListener((obs, old, now) -> frameView.setImage(FxImages.of(now)));
        model.photoProperty().addListener((obs, old, now) -> photoView.setImage(FxImages.of(now)));
        model.cropProperty().addListener((obs, old, now) -> placeFrame(now));
        messageLabel.textProperty().bind(model.messageProperty());
        warningLabel.textProperty().bind(model.warningProperty());
        for (Button b : new Button[] {takePictureButton, importPictureButton}) {
            b.disableProperty().bind(model.busyProperty());
        }
        zoomInButton.disableProperty().bind(model.cropProperty().isNull());
        zoomOutButton.disableProperty().bind(model.cropProperty().isNull());
        cropFrame.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX() - cropFrame.getX();
            dragY = e.getY() - cropFrame.getY();
            framePane.requestFocus();
        });
        cropFrame.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double scale = scale();
            model.moveTo((e.getX() - dragX) / scale, (e.getY() - dragY) / scale);
        });
        framePane.addEventHandler(ScrollEvent.SCROLL, e -> model.zoom(e.getDeltaY() > 0 ? 1 : -1));
        framePane.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> model.move(-1, 0);
            case RIGHT -> model.move(1, 0);
            case UP -> model.move(0, -1);
            case DOWN -> model.move(0, 1);
            case ADD, PLUS, EQUALS -> model.zoom(1);
            case SUBTRACT, MINUS -> model.zoom(-1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Screen pixels per frame pixel. */
    private double scale() {
        BufferedImage frame = model.frameProperty().get();
        return frame == null ? 1 : Math.min(frameView.getFitWidth() / frame.getWidth(),
                frameView.getFitHeight() / frame.getHeight());
    }

    private void placeFrame(CropRect crop) {
        cropFrame.setVisible(crop != null);
        if (crop != null) {
            double scale = scale();
            cropFrame.setX(crop.x() * scale);
            cropFrame.setY(crop.y() * scale);
            cropFrame.setWidth(crop.width() * scale);
            cropFrame.setHeight(crop.height() * scale);
        }
    }

    @FXML
    private void takePicture() {
        model.takePicture();
    }

    @FXML
    private void importPicture() {
        model.importPicture();
    }

    @FXML
    private void larger() {
        model.zoom(1);
    }

    @FXML
    private void smaller() {
        model.zoom(-1);
    }

    @Override
    public void entered() {
        Platform.runLater(takePictureButton::requestFocus);
    }

    @Override
    public boolean capture() {
        model.takePicture();
        return true;
    }

    @Override
    public boolean importFile() {
        model.importPicture();
        return true;
    }
}
