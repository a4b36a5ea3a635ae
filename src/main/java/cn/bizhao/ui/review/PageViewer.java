package cn.bizhao.ui.review;

import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.Page;
import cn.bizhao.i18n.Messages;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pages of an application's materials, one at a time: choose the page, zoom, turn the view by
 * quarter turns (the stored page is not changed). Pictures are loaded off the FX thread.
 */
final class PageViewer {
    private static final float DPI = 110f;

    private final VBox root = new VBox(6);
    private final ComboBox<Entry> pages = new ComboBox<>();
    private final ImageView image = new ImageView();
    private final Slider zoom = new Slider(0.2, 3, 0.6);
    private final Label error = new Label();
    private final BiFunction<Page, Float, byte[]> pictures;
    private final TaskRunner tasks;
    private final Messages messages;
    private Consumer<MaterialKind> materialChosen = kind -> { };

    private record Entry(String text, MaterialKind kind, Page page) {
    }

    PageViewer(BiFunction<Page, Float, byte[]> pictures, TaskRunner tasks, Messages messages) {
        this.pictures = pictures;
        this.tasks = tasks;
        this.messages = messages;
        pages.setId("pageChoice");
        pages.setMaxWidth(Double.MAX_VALUE);
        pages.setCellFactory(list -> cell());
        pages.setButtonCell(cell());
        pages.valueProperty().addListener((obs, old, now) -> {
            show(now);
            if (now != null && (old == null || old.kind() != now.kind())) {
                materialChosen.accept(now.kind());
            }
        });
        Button rotate = new Button(messages.get("review.page.rotate"));
        rotate.setId("rotatePageButton");
        rotate.setOnAction(e -> image.setRotate((image.getRotate() + 90) % 360));
        zoom.setId("zoomSlider");
        image.setPreserveRatio(true);
        image.scaleXProperty().bind(zoom.valueProperty());
        image.scaleYProperty().bind(zoom.valueProperty());
        image.setId("pageImage");
        ScrollPane scroll = new ScrollPane(new Group(image));
        scroll.setPannable(true);
        scroll.getStyleClass().add("page-view");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        pages.setMinWidth(Region.USE_PREF_SIZE); // a page's name is read whole, never cut
        Label zoomLabel = new Label(messages.get("review.page.zoom"));
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        rotate.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setPrefWidth(110);
        FlowPane bar = new FlowPane(8, 6, pages, zoomLabel, zoom, rotate);
        bar.setAlignment(Pos.CENTER_LEFT);
        error.getStyleClass().add("error-text");
        root.getChildren().addAll(bar, scroll, error);
        root.setPadding(new Insets(4));
    }

    VBox root() {
        return root;
    }

    void show(List<Material> materials) {
        Entry current = pages.getValue();
        List<Entry> entries = new ArrayList<>();
        for (Material material : materials) {
            for (Page page : material.pages()) {
                entries.add(new Entry(messages.get("review.page.entry", material.kind(), page.sequence(),
                        material.pages().size()), material.kind(), page));
            }
        }
        pages.getItems().setAll(entries);
        pages.setValue(entries.stream().filter(e -> current != null && e.page().id() == current.page().id())
                .findFirst().orElse(entries.isEmpty() ? null : entries.get(0)));
    }

    /** Told when the person turns to a page of another material. */
    void onMaterialChosen(Consumer<MaterialKind> listener) {
        materialChosen = listener;
    }

    /** Shows the first page of the material, unless a page of it is already shown. */
    void showMaterial(MaterialKind kind) {
        Entry current = pages.getValue();
        if (kind == null || current != null && current.kind() == kind) {
            return;
        }
        pages.getItems().stream().filter(e -> e.kind() == kind).findFirst().ifPresent(pages::setValue);
    }

    /** The material of the page shown; null when none is. */
    MaterialKind materialShown() {
        return pages.getValue() == null ? null : pages.getValue().kind();
    }

    private void show(Entry entry) {
        error.setText("");
        if (entry == null) {
            image.setImage(null);
            return;
        }
        image.setRotate(entry.page().rotation() * 90.0);
        tasks.run(() -> pictures.apply(entry.page(), DPI), bytes -> image.setImage(new Image(new ByteArrayInputStream(bytes))),
                failure -> error.setText(ErrorText.of(failure, messages)));
    }

    private static ListCell<Entry> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        };
    }
}
