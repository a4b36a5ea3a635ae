package cn.bizhao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.ui.TextFits;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Tables, lists and buttons made whole: what the check would otherwise find cut, it no longer finds. */
class WholeTextTest {
    private static final String LONG = "AHK机电一体化工结业证书（AHK机电一体化工）";

    @BeforeEach
    void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private List<String> cutIn(Parent root, double width, double height) throws Exception {
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Scene shown = new Scene(root, width, height);
            var stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(shown);
            // the shared stage keeps the size an earlier window test gave it unless told otherwise
            stage.setMaximized(false);
            stage.sizeToScene();
            stage.show();
            return shown;
        }).get();
        WaitForAsyncUtils.waitForFxEvents(); // the table makes its cells in the next pulse
        return WaitForAsyncUtils.asyncFx(() -> TextFits.cut(scene)).get();
    }

    @SuppressWarnings("deprecation")
    private static TableView<String> table() {
        TableView<String> table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        for (String header : List.of("受理编号", "境外证书", "状态")) {
            TableColumn<String, String> column = new TableColumn<>(header);
            column.setId(header);
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(header.equals("境外证书") ? cell.getValue() : header));
            table.getColumns().add(column);
        }
        table.getItems().setAll(LONG, LONG + LONG);
        return table;
    }

    @Test
    void aNarrowTableScrollsSidewaysWithItsValuesWhole() throws Exception {
        TableView<String> fitted = table();
        WholeText.fitColumns(fitted);

        assertThat(cutIn(new VBox(fitted), 300, 300)).isEmpty();
        // the table shows its scroll bar at a layout pass of its own, which may come a pulse later
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> sidewaysBarShown(fitted));
        assertThat(fitted.lookupAll(".scroll-bar")).as("a sideways scroll bar")
                .anyMatch(bar -> ((javafx.scene.control.ScrollBar) bar).getOrientation()
                        == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible());
    }

    @Test
    void columnsGrowWithRowsAddedLater() throws Exception {
        TableView<String> fitted = table();
        WholeText.fitColumns(fitted);
        cutIn(new VBox(fitted), 300, 300);

        WaitForAsyncUtils.asyncFx(() -> fitted.getItems().add(LONG + LONG + LONG)).get();

        assertThat(WaitForAsyncUtils.asyncFx(() -> TextFits.cut(fitted.getScene())).get()).isEmpty();
    }

    @Test
    void listLinesWrapWithinTheList() throws Exception {
        ListView<String> list = new ListView<>();
        list.setMaxWidth(150);
        list.getItems().setAll(LONG, "证书发放国（地区）及发放机构");
        list.setCellFactory(view -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            WholeText.wrap(cell);
            return cell;
        });

        assertThat(cutIn(new VBox(list), 400, 300)).isEmpty();
    }

    private static HBox narrowRow() {
        HBox row = new HBox(new Button("查询"), new Button("清除条件"));
        row.setMaxWidth(60);
        return row;
    }

    @Test
    void buttonsInATooNarrowRowKeepTheirText() throws Exception {
        assertThat(cutIn(new VBox(narrowRow()), 400, 100)).isNotEmpty();

        HBox row = narrowRow();
        WholeText.apply(row);

        assertThat(cutIn(new VBox(row), 400, 100)).isEmpty();
    }

    private static boolean sidewaysBarShown(TableView<String> table) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar.isVisible()
                && ((javafx.scene.control.ScrollBar) bar).getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
    }
}
