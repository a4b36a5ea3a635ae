package cn.bizhao.ui.lock;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.util.Duration;

/**
 * Notices when nobody has touched the window for a while. Filters on the scene see every key, mouse,
 * scroll and touch event before any control does; each one starts the countdown again.
 */
public final class IdleWatch {
    private final Scene scene;
    private final PauseTransition countdown;
    private final EventHandler<Event> activity;

    public IdleWatch(Scene scene, java.time.Duration idleTime, Runnable onIdle) {
        this.scene = scene;
        this.countdown = new PauseTransition(Duration.millis(idleTime.toMillis()));
        this.countdown.setOnFinished(e -> onIdle.run());
        this.activity = e -> countdown.playFromStart();
    }

    public void start() {
        scene.addEventFilter(KeyEvent.ANY, activity);
        scene.addEventFilter(MouseEvent.ANY, activity);
        scene.addEventFilter(ScrollEvent.ANY, activity);
        scene.addEventFilter(TouchEvent.ANY, activity);
        countdown.playFromStart();
    }

    /** Starts the countdown again, as after unlocking. */
    public void restart() {
        countdown.playFromStart();
    }

    public void stop() {
        countdown.stop();
        scene.removeEventFilter(KeyEvent.ANY, activity);
        scene.removeEventFilter(MouseEvent.ANY, activity);
        scene.removeEventFilter(ScrollEvent.ANY, activity);
        scene.removeEventFilter(TouchEvent.ANY, activity);
    }
}
