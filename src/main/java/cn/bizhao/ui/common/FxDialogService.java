package cn.bizhao.ui.common;

import cn.bizhao.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts and file choosers owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final String title;
    private final Messages messages;

    public FxDialogService(Window owner, String title, Messages messages) {
        this.owner = owner;
        this.title = title;
        this.messages = messages;
    }

    @Override
    public void showError(String message) {
        show(AlertType.ERROR, message);
    }

    @Override
    public void showInformation(String message) {
        show(AlertType.INFORMATION, message);
    }

    @Override
    public boolean confirm(String message, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(AlertType.CONFIRMATION, message, go, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public List<Path> chooseFilesToOpen(String dialogTitle, FileType type) {
        List<File> files = chooser(dialogTitle, type).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String dialogTitle, String suggestedName, FileType type) {
        FileChooser chooser = chooser(dialogTitle, type);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String dialogTitle) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(dialogTitle);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private FileChooser chooser(String dialogTitle, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(dialogTitle);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(type.descriptionKey()), type.patterns()));
        return chooser;
    }

    private void show(AlertType type, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }
}
