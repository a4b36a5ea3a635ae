package cn.bizhao.ui.intake;

import cn.bizhao.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: files to open and places to save are queued beforehand. */
public final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
    final Deque<Path> placesToSave = new ArrayDeque<>();

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String message, String action) {
        throw new AssertionError("no confirmation expected: " + message);
    }

    @Override
    public void showInformation(String message) {
        information.add(message);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType type) {
        return filesToOpen.isEmpty() ? List.of() : filesToOpen.poll();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        return Optional.ofNullable(placesToSave.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
