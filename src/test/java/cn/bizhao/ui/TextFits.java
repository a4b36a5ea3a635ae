package cn.bizhao.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Walks a scene graph and names every text a person cannot read whole: a label, button, tab or
 * cell shown with its end replaced by "…"; a prompt wider than its field; a read-only field whose
 * value does not fit; text that falls off the window or out of a clipping pane that cannot scroll;
 * a list whose lines are wider than the list (read only by scrolling sideways). Text inside a
 * scroll pane or a table counts as readable where that container shows it by scrolling.
 */
public final class TextFits {
    /** A pixel of slack for rounding in layout. */
    private static final double SLACK = 0.5;

    private TextFits() {
    }

    /** Every cut text in the scene, one line each: where it is, what it says, how it is cut. */
    public static List<String> cut(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), scene, found);
        return found;
    }

    /** Fails naming each cut text. */
    public static void assertAllFit(Scene scene, String where) {
        List<String> found = cut(scene);
        if (!found.isEmpty()) {
            throw new AssertionError(where + ": " + found.size() + " text(s) cut\n  " + String.join("\n  ", found));
        }
    }

    private static void walk(Node node, Scene scene, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, scene, found);
        } else if (node instanceof TextField field) {
            checkField(field, scene, found);
        } else if (node instanceof Text text && !(text.getParent() instanceof Labeled) && !insideField(text)) {
            checkText(text, scene, found);
        }
        if (node instanceof ListView<?> list && list.getOrientation() == Orientation.VERTICAL && scrollsSideways(list)) {
            found.add(where(list) + ": lines wider than the list (read only by scrolling sideways)");
        }
        if (node instanceof Parent parent && !(node instanceof TextField)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, found);
            }
        }
    }

    private static void checkLabeled(Labeled labeled, Scene scene, List<String> found) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        Text shown = shownText(labeled);
        if (shown != null && !expected.equals(shown.getText())) {
            found.add(where(labeled) + " \"" + text + "\": shown as \"" + shown.getText() + "\"");
            return;
        }
        if (shown != null) {
            checkBounds(labeled, shown, text, scene, found);
        }
    }

    private static void checkField(TextField field, Scene scene, List<String> found) {
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        String text = field.getText();
        if ((text == null || text.isEmpty()) && field.getPromptText() != null && !field.getPromptText().isEmpty()) {
            double width = width(field.getPromptText(), field);
            if (width > room + SLACK) {
                found.add(where(field) + " prompt \"" + field.getPromptText() + "\": " + round(width)
                        + " px wide in " + round(room) + " px");
            }
        } else if (text != null && !text.isEmpty() && !field.isEditable()) {
            double width = width(text, field);
            if (width > room + SLACK) {
                found.add(where(field) + " value \"" + text + "\": " + round(width) + " px wide in " + round(room) + " px");
            }
        }
        checkBounds(field, field, text == null || text.isEmpty() ? field.getPromptText() : text, scene, found);
    }

    private static void checkText(Text text, Scene scene, List<String> found) {
        if (text.getText() == null || text.getText().isBlank()) {
            return;
        }
        checkBounds(text, text, text.getText(), scene, found);
    }

    /** The text must lie inside the window and inside every clipping pane above it that does not scroll. */
    private static void checkBounds(Node owner, Node shown, String text, Scene scene, List<String> found) {
        Node scroller = scroller(owner);
        if (scroller != null && !(scroller instanceof ScrollPane) && beyondUnscrolledFlow(scroller, shown)) {
            found.add(where(owner) + " \"" + text + "\": beyond the right edge of a list or table that does not scroll sideways");
            return;
        }
        Node box = scroller == null ? shown : scroller;
        Bounds bounds = box.localToScene(box.getLayoutBounds());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        if (bounds.getMaxX() > scene.getWidth() + SLACK || bounds.getMaxY() > scene.getHeight() + SLACK
                || bounds.getMinX() < -SLACK || bounds.getMinY() < -SLACK) {
            found.add(where(owner) + " \"" + text + "\": off the window (" + describe(bounds) + " in "
                    + round(scene.getWidth()) + "×" + round(scene.getHeight()) + ")");
            return;
        }
        for (Node above = box.getParent(); above != null; above = above.getParent()) {
            if (above.getClip() != null) {
                Bounds clip = above.localToScene(above.getClip().getBoundsInParent());
                if (bounds.getMaxX() > clip.getMaxX() + SLACK || bounds.getMaxY() > clip.getMaxY() + SLACK
                        || bounds.getMinX() < clip.getMinX() - SLACK || bounds.getMinY() < clip.getMinY() - SLACK) {
                    found.add(where(owner) + " \"" + text + "\": cut by " + where(above) + " (" + describe(bounds)
                            + " outside " + describe(clip) + ")");
                    return;
                }
            }
        }
    }

    /** Text in a table or list further right than its visible part while it offers no sideways scroll bar. */
    private static boolean beyondUnscrolledFlow(Node scroller, Node shown) {
        javafx.scene.control.Control control = null;
        for (Node above = scroller.getParent(); control == null && above != null; above = above.getParent()) {
            if (above instanceof javafx.scene.control.Control found) {
                control = found;
            }
        }
        if (control == null) {
            return false;
        }
        Node flow = control.lookup(".virtual-flow");
        boolean scrolls = flow instanceof Parent parent && parent.getChildrenUnmodifiable().stream()
                .anyMatch(child -> child instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.isVisible());
        Bounds text = shown.localToScene(shown.getLayoutBounds());
        Bounds visible = control.localToScene(control.getLayoutBounds());
        return !scrolls && text.getWidth() > 0 && text.getMaxX() > visible.getMaxX() + SLACK;
    }

    /** The nearest container above that shows what is outside it by scrolling, if any. */
    private static Node scroller(Node node) {
        for (Node above = node.getParent(); above != null; above = above.getParent()) {
            if (above instanceof ScrollPane || above instanceof VirtualFlow<?> || above instanceof TableHeaderRow) {
                return above;
            }
        }
        return null;
    }

    private static boolean scrollsSideways(ListView<?> list) {
        return list.lookupAll(".scroll-bar").stream()
                .filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()
                        && bar.getParent() instanceof VirtualFlow<?> flow && flow.getParent() != null
                        && isAncestor(list, flow));
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node above = node; above != null; above = above.getParent()) {
            if (above == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideField(Node node) {
        for (Node above = node.getParent(); above != null; above = above.getParent()) {
            if (above instanceof javafx.scene.control.TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** The text node the skin of a labeled draws: its text is what a person sees. */
    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text;
            }
        }
        return null;
    }

    private static double width(String text, TextField field) {
        Text probe = new Text(text);
        probe.setFont(field.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    /** The node's id, or the nearest id above it, with its kind: enough to find it in the FXML. */
    static String where(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            return path.append('#').append(node.getId()).toString();
        }
        for (Node above = node.getParent(); above != null; above = above.getParent()) {
            if (above.getId() != null) {
                return path.append(" in #").append(above.getId()).toString();
            }
        }
        return path.toString();
    }

    private static String describe(Bounds b) {
        return round(b.getMinX()) + "," + round(b.getMinY()) + "–" + round(b.getMaxX()) + "," + round(b.getMaxY());
    }

    private static long round(double value) {
        return Math.round(value);
    }
}
