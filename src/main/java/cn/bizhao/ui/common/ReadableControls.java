package cn.bizhao.ui.common;

import cn.bizhao.i18n.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

/**
 * What JavaFX would otherwise show in the computer's language, set once for every screen the
 * {@link ViewLoader} loads: dates typed and shown as 2026-12-04 ({@link IsoDates}), and an empty list
 * or table saying so in the reader's language rather than "No content in table". A screen's own
 * placeholder (one that says what is missing there) is kept.
 */
public final class ReadableControls {
    private ReadableControls() {
    }

    public static void apply(Node root, Messages messages) {
        for (Node node : everyNode(root)) {
            if (node instanceof DatePicker picker) {
                IsoDates.apply(picker);
            } else if (node instanceof TableView<?> table && table.getPlaceholder() == null) {
                table.setPlaceholder(empty(messages));
            } else if (node instanceof ListView<?> list && list.getPlaceholder() == null) {
                list.setPlaceholder(empty(messages));
            } else if (node instanceof TreeTableView<?> tree && tree.getPlaceholder() == null) {
                tree.setPlaceholder(empty(messages));
            }
        }
    }

    /** The placeholder of a list or table with nothing in it. */
    public static Label empty(Messages messages) {
        Label label = new Label(messages.get("common.list.empty"));
        label.getStyleClass().add("empty-list");
        return label;
    }

    /** The node and everything under it, including the contents of tabs, scroll and split panes not yet skinned. */
    static List<Node> everyNode(Node root) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> found = new ArrayList<>();
        List<Node> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Node node = pending.remove(pending.size() - 1);
            if (node == null || !seen.add(node)) {
                continue;
            }
            found.add(node);
            if (node instanceof TabPane tabs) {
                tabs.getTabs().stream().map(Tab::getContent).forEach(pending::add);
            } else if (node instanceof ScrollPane scroll) {
                pending.add(scroll.getContent());
            } else if (node instanceof SplitPane split) {
                pending.addAll(split.getItems());
            } else if (node instanceof TitledPane titled) {
                pending.add(titled.getContent());
            } else if (node instanceof Accordion accordion) {
                pending.addAll(accordion.getPanes());
            }
            if (node instanceof Parent parent && !(node instanceof TreeView<?>)) {
                pending.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return found;
    }
}
