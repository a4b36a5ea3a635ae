package cn.bizhao.ui.lock;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * Covers the work with the lock screen and uncovers it again. The work stays in the scene graph,
 * hidden, so every typed field and the chosen screen are there after unlocking; hidden, it can be
 * neither seen nor reached with the keyboard.
 */
public final class ScreenLock {
    private final StackPane root;
    private final Node work;
    private Parent shown;

    public ScreenLock(Node work) {
        this.work = work;
        this.root = new StackPane(work);
    }

    public Parent root() {
        return root;
    }

    public boolean isLocked() {
        return shown != null;
    }

    /** Covers the work with the lock screen given, a fresh one each time, so nothing typed before is left in it. */
    public void lock(Parent lockScreen) {
        if (isLocked()) {
            return;
        }
        shown = lockScreen;
        work.setVisible(false);
        root.getChildren().add(shown);
    }

    public void unlock() {
        root.getChildren().remove(shown);
        shown = null;
        work.setVisible(true);
    }
}
