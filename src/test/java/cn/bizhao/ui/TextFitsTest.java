package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The check itself: it finds text cut in each way a screen can cut it, and passes text that fits. */
class TextFitsTest {
    private static final String LONG = "证书发放国（地区）及发放机构";

    @BeforeEach
    void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Shows the root in a window of the given size and returns what the check finds. */
    private List<String> cutIn(javafx.scene.Parent root, double width, double height) throws Exception {
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Scene shown = new Scene(root, width, height);
            var stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(shown);
            stage.show();
            return shown;
        }).get();
        WaitForAsyncUtils.waitForFxEvents(); // the table makes its cells in the next pulse
        return WaitForAsyncUtils.asyncFx(() -> TextFits.cut(scene)).get();
    }

    @Test
    void namesALabelTooNarrowForItsText() throws Exception {
        Label label = new Label(LONG);
        label.setId("narrowLabel");
        label.setMaxWidth(60);

        List<String> cut = cutIn(new VBox(label), 400, 200);

        assertThat(cut).singleElement().asString().contains("#narrowLabel").contains(LONG).contains("shown as");
    }

    @Test
    void passesTheSameLabelGivenItsRoom() throws Exception {
        Label label = new Label(LONG);
        label.setId("wideLabel");

        assertThat(cutIn(new VBox(label), 400, 200)).isEmpty();
    }

    @Test
    void passesAWrappingLabelThatShowsAllItsLines() throws Exception {
        Label label = new Label(LONG + LONG + LONG);
        label.setWrapText(true);
        label.setMaxWidth(120);

        assertThat(cutIn(new VBox(label), 400, 400)).isEmpty();
    }

    @Test
    void namesALabelPushedOffTheWindow() throws Exception {
        Label first = new Label(LONG);
        first.setMinWidth(380);
        Label pushed = new Label("受理编号");
        pushed.setId("pushedLabel");
        pushed.setMinWidth(Label.USE_PREF_SIZE);

        List<String> cut = cutIn(new HBox(first, pushed), 400, 200);

        assertThat(cut).singleElement().asString().contains("#pushedLabel").contains("off the window");
    }

    @Test
    void namesAPromptWiderThanItsField() throws Exception {
        TextField field = new TextField();
        field.setId("narrowField");
        field.setPromptText("姓名、受理编号或证件号码");
        field.setPrefWidth(80);
        field.setMaxWidth(80);

        List<String> cut = cutIn(new VBox(field), 400, 200);

        assertThat(cut).singleElement().asString().contains("#narrowField").contains("prompt");
    }

    @Test
    void namesAListWhoseLinesAreWiderThanItself() throws Exception {
        ListView<String> list = new ListView<>();
        list.setId("narrowList");
        list.getItems().add(LONG + LONG);
        list.setMaxWidth(120);

        List<String> cut = cutIn(new VBox(list), 400, 300);

        assertThat(cut).anyMatch(line -> line.contains("#narrowList") && line.contains("scrolling sideways"));
    }

    @Test
    void assertAllFitFailsNamingTheCutLabel() throws Exception {
        Label label = new Label(LONG);
        label.setId("narrowLabel");
        label.setMaxWidth(60);
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Scene shown = new Scene(new VBox(label), 400, 200);
            var stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(shown);
            stage.show();
            return shown;
        }).get();

        assertThatThrownBy(() -> WaitForAsyncUtils.asyncFx(() -> TextFits.assertAllFit(scene, "sample")).get())
                .hasRootCauseInstanceOf(AssertionError.class)
                .rootCause().hasMessageContaining("sample: 1 text(s) cut").hasMessageContaining("#narrowLabel");
    }
}
