package cn.bizhao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.document.PrintableDocument;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document preview without a screen: pages rendered from the PDF, save as PDF, no printer. */
class DocumentPreviewViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path folder;
    private Services services;
    private User clerk;
    private Path answer;

    private final DialogService dialogs = new DialogService() {
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
            return List.of();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            return Optional.ofNullable(answer).map(a -> a.resolve(suggestedName));
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }
    };

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        clerk = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DocumentPreviewViewModel preview() {
        return new DocumentPreviewViewModel(services.printing(), clerk, TaskRunner.direct(), dialogs, Messages.chinese());
    }

    @Test
    void rendersEveryPageOfTheDocument() {
        DocumentPreviewViewModel preview = preview();
        byte[] blank = services.documents().blankForm();

        preview.show(new PrintableDocument("blank", blank, null));

        assertThat(preview.pages()).hasSize(services.printing().pageCount(blank));
        assertThat(preview.pages().get(0).getWidth()).isGreaterThan(800);
    }

    @Test
    void savesTheSameBytesWhereTheClerkChose() throws Exception {
        DocumentPreviewViewModel preview = preview();
        byte[] blank = services.documents().blankForm();
        preview.show(new PrintableDocument("申报登记表", blank, null));
        answer = folder;

        preview.saveAs();

        assertThat(Files.readAllBytes(folder.resolve("申报登记表.pdf"))).isEqualTo(blank);
        assertThat(preview.messageProperty().get()).contains(folder.toString());
    }

    @Test
    void cancellingTheSaveWritesNothing() throws Exception {
        DocumentPreviewViewModel preview = preview();
        preview.show(new PrintableDocument("blank", services.documents().blankForm(), null));

        preview.saveAs();

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withoutAPrinterItSaysSoAndPrintingStaysOff() {
        DocumentPreviewViewModel preview = preview();

        preview.show(new PrintableDocument("blank", services.documents().blankForm(), null));

        if (preview.printers().isEmpty()) {
            assertThat(preview.messageProperty().get()).contains("未找到打印机");
            assertThat(preview.canPrintProperty().get()).isFalse();
        } else {
            assertThat(preview.printerProperty().get()).isIn(preview.printers());
        }
    }
}
