package cn.bizhao.ui.placeholder;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** A screen that a later version fills: says so honestly instead of pretending. */
public final class EmptyStateView {
    @FXML private Label titleLabel;
    @FXML private Label messageLabel;

    private final String title;
    private final String message;

    public EmptyStateView(String title, String message) {
        this.title = title;
        this.message = message;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(title);
        messageLabel.setText(message);
    }
}
