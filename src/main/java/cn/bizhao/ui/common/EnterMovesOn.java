package cn.bizhao.ui.common;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter moves to the next field of a form, in the order of the paper form; after the last field
 * it runs {@code atEnd} (the wizard's next step). Buttons keep Enter for themselves, and an open
 * drop-down list keeps it to choose. In a scroll pane, the field that takes the focus is scrolled
 * into view.
 */
public final class EnterMovesOn {
    private EnterMovesOn() {
    }

    public static void install(Parent form, List<? extends Node> order, Runnable atEnd) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            int at = indexOfFocused(order);
            if (at < 0 || order.get(at) instanceof Button || isShowingList(order.get(at))) {
                return;
            }
            event.consume();
            for (int next = at + 1; next < order.size(); next++) {
                Node candidate = order.get(next);
                if (candidate.isVisible() && !candidate.isDisabled() && candidate.isManaged()) {
                    candidate.requestFocus();
                    return;
                }
            }
            atEnd.run();
        });
    }

    /** Keeps the focused field of {@code order} visible in {@code scroll}. */
    public static void scrollToFocus(ScrollPane scroll, List<? extends Node> order) {
        for (Node field : order) {
            field.focusWithinProperty().addListener((obs, was, is) -> {
                if (is) {
                    reveal(scroll, field);
                }
            });
        }
    }

    private static void reveal(ScrollPane scroll, Node field) {
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (viewport <= 0 || contentHeight <= viewport) {
            return;
        }
        Bounds bounds = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double y = bounds.getMinY() < top ? bounds.getMinY() - 12
                : bounds.getMaxY() > top + viewport ? bounds.getMaxY() - viewport + 12 : top;
        scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    private static int indexOfFocused(List<? extends Node> order) {
        for (int i = 0; i < order.size(); i++) {
            if (within(order.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The node has the focus itself or through a part of it (a combo box's text field). */
    private static boolean within(Node node) {
        if (node.isFocused()) {
            return true;
        }
        Node owner = node.getScene() == null ? null : node.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShowingList(Node node) {
        return node instanceof ComboBoxBase<?> box && box.isShowing();
    }
}
