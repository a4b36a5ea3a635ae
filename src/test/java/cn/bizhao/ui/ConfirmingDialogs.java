package cn.bizhao.ui;

import cn.bizhao.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs for window tests: every question is answered yes and kept; nothing else is expected. */
final class ConfirmingDialogs implements DialogService {
    final List<String> confirmations = new ArrayList<>();

    @Override
    public void showError(String message) {
        throw new AssertionError("no error dialog expected: " + message);
    }

    @Override
    public void showInformation(String message) {
        throw new AssertionError("no information dialog expected: " + message);
    }

    @Override
    public boolean confirm(String message, String action) {
        confirmations.add(message);
        return true;
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType type) {
        throw new AssertionError("no file dialog expected");
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        throw new AssertionError("no file dialog expected");
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        throw new AssertionError("no folder dialog expected");
    }
}
