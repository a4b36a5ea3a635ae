package cn.bizhao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window closes the station and then stops JavaFX, after the window is down: stopping it
 * while JavaFX was still hiding the window logged an IllegalStateException ("event thread") on every close.
 */
class WindowClosingTest {

    @Test
    void closesTheStationAndStopsJavaFxOnlyAfterTheWindowIsDown() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicBoolean closed = new AtomicBoolean();
        List<String> steps = new ArrayList<>();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(new StackPane(), 200, 100));
            shown.setOnHidden(Window.whenHidden(() -> closed.set(true),
                    () -> Platform.runLater(() -> steps.add("exit"))));
            shown.show();
            return shown;
        }).get();

        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            steps.add("hidden");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(closed).isTrue();
        assertThat(steps).containsExactly("hidden", "exit");
    }
}
