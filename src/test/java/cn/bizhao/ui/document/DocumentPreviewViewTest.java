package cn.bizhao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.document.PrintableDocument;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.HeldTasks;
import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.intake.RecordingDialogs;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The preview on screen shows that it is working while a document is made and rendered, and no longer. */
class DocumentPreviewViewTest {
    @TempDir
    Path home;
    private Services services;
    private User clerk;
    private final HeldTasks tasks = new HeldTasks();
    private final FxRobot robot = new FxRobot();
    private DocumentPreviewViewModel preview;

    @BeforeEach
    void show() throws Exception {
        services = TestStation.withAdministrator(home);
        clerk = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        preview = new DocumentPreviewViewModel(services.printing(), clerk, tasks, new RecordingDialogs(),
                Messages.chinese());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Parent view = new ViewLoader(Messages.chinese()).load(DocumentPreviewView.class,
                    () -> new DocumentPreviewView(preview));
            stage.setScene(new Scene(view, 760, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    private boolean working() {
        Node box = robot.lookup("#workingBox").query();
        return box.isVisible() && robot.lookup("#workingIndicator").queryAs(ProgressIndicator.class).isVisible();
    }

    @Test
    void showsItIsWorkingWhileThePagesAreRendered() {
        assertThat(working()).isFalse();

        robot.interact(() -> preview.show(new PrintableDocument("blank", services.documents().blankForm(), null)));
        assertThat(tasks.waiting()).isEqualTo(1);
        assertThat(working()).isTrue();
        assertThat(robot.lookup(".document-page").queryAll()).isEmpty();

        robot.interact(tasks::finishAll);

        assertThat(working()).isFalse();
        assertThat(robot.lookup(".document-page").queryAll()).isNotEmpty();
    }

    @Test
    void showsItIsWorkingFromTheMomentTheDocumentIsBeingMade() {
        robot.interact(preview::making);
        assertThat(working()).isTrue();

        robot.interact(() -> preview.show(new PrintableDocument("blank", services.documents().blankForm(), null)));
        assertThat(working()).isTrue();
        robot.interact(tasks::finishAll);

        assertThat(working()).isFalse();
    }

    @Test
    void stopsShowingItWhenTheDocumentCannotBeMade() {
        robot.interact(preview::making);

        robot.interact(preview::notMade);

        assertThat(working()).isFalse();
    }
}
