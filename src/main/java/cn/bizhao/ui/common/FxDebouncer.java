package cn.bizhao.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread's clock. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable waiting;

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> flush());
    }

    @Override
    public void schedule(Runnable action) {
        waiting = action;
        pause.playFromStart();
    }

    @Override
    public void flush() {
        pause.stop();
        Runnable action = waiting;
        waiting = null;
        if (action != null) {
            action.run();
        }
    }
}
