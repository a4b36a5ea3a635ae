package cn.bizhao.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final String title;

    public FxDialogService(Window owner, String title) {
        this.owner = owner;
        this.title = title;
    }

    @Override
    public void showError(String message) {
        show(AlertType.ERROR, message);
    }

    @Override
    public void showInformation(String message) {
        show(AlertType.INFORMATION, message);
    }

    private void show(AlertType type, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }
}
