package cn.bizhao.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Runs an action on the FX thread every so often until stopped (the poll of {@link ChangeWatch}). */
public final class FxTicker {
    private final Timeline timeline;

    public FxTicker(java.time.Duration every, Runnable action) {
        timeline = new Timeline(new KeyFrame(Duration.millis(every.toMillis()), e -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }
}
