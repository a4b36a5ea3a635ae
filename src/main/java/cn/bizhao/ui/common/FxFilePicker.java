package cn.bizhao.ui.common;

import cn.bizhao.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File and folder choosers owned by the main window. */
public final class FxFilePicker implements FilePicker {
    private final Window owner;
    private final Messages messages;

    public FxFilePicker(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public List<Path> choosePackages() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("packages.verify.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("packages.verify.filter"), "*.zip", "*.p7m"),
                new FileChooser.ExtensionFilter(messages.get("packages.verify.filterAll"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("packages.export.folder.choose"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }
}
