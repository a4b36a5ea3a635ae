package cn.bizhao.ui.settings;

import cn.bizhao.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: the file and folder the person would choose, set beforehand. */
final class ChosenFiles implements DialogService {
    Path file;
    Path folder;

    @Override
    public void showError(String message) {
    }

    @Override
    public boolean confirm(String message, String action) {
        throw new AssertionError("no confirmation expected: " + message);
    }

    @Override
    public void showInformation(String message) {
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType type) {
        return file == null ? List.of() : List.of(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }
}
