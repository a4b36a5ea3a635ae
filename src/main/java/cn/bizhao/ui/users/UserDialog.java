package cn.bizhao.ui.users;

import cn.bizhao.domain.user.User;
import cn.bizhao.ui.common.ViewLoader;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Shows a user form in a modal dialog. The OK button saves through the form and closes the dialog only
 * once the service has accepted, so a refusal is shown beside the fields that are still filled in.
 */
final class UserDialog {
    private UserDialog() {
    }

    static void show(Window owner, ViewLoader views, UserFormViewModel form, Consumer<User> saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setContent(views.load(UserFormView.class, () -> new UserFormView(form)));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("saveUserButton");
        ok.setText(views.messages().get("common.save"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(views.messages().get("common.cancel"));
        ok.disableProperty().bind(form.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.submit(user -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                saved.accept(user);
            });
        });
        dialog.show();
    }
}
