package cn.bizhao.ui.account;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** The change-password form in its own small window over the main one, which keeps its work. */
public final class ChangePasswordDialog {
    private final Stage dialog = new Stage();

    public ChangePasswordDialog(Stage owner, String title) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
    }

    public void show(Parent form) {
        Scene scene = new Scene(form);
        scene.getStylesheets().setAll(((Stage) dialog.getOwner()).getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.show();
    }

    public void close() {
        dialog.close();
    }
}
