package cn.bizhao.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The one way view models talk to the person through dialogs, so they stay testable. */
public interface DialogService {
    void showError(String message);

    void showInformation(String message);

    /**
     * Asks the person to confirm a step that cannot be undone.
     *
     * @param action the text of the button that goes ahead, e.g. the step's own name
     * @return true when confirmed, false when cancelled
     */
    boolean confirm(String message, String action);

    /** Asks to choose files to open; empty when cancelled. */
    List<Path> chooseFilesToOpen(String title, FileType type);

    /** Asks where to save; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type);

    /** Asks to choose a folder; empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** The kinds of file the program opens and saves, with their message key and patterns. */
    enum FileType {
        CSV("dialog.fileType.csv", "*.csv"),
        PICTURE("dialog.fileType.picture", "*.jpg", "*.jpeg", "*.png"),
        PNG("dialog.fileType.png", "*.png"),
        PAGE("dialog.fileType.page", "*.jpg", "*.jpeg", "*.png", "*.pdf"),
        PDF("dialog.fileType.pdf", "*.pdf"),
        PEM("dialog.fileType.pem", "*.pem", "*.crt", "*.cer");

        private final String descriptionKey;
        private final List<String> patterns;

        FileType(String descriptionKey, String... patterns) {
            this.descriptionKey = descriptionKey;
            this.patterns = List.of(patterns);
        }

        public String descriptionKey() {
            return descriptionKey;
        }

        public List<String> patterns() {
            return patterns;
        }
    }
}
