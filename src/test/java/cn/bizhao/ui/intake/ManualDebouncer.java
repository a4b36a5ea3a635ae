package cn.bizhao.ui.intake;

import cn.bizhao.ui.common.Debouncer;

/** A debouncer whose quiet time ends when the test says so. */
final class ManualDebouncer implements Debouncer {
    private Runnable waiting;

    @Override
    public void schedule(Runnable action) {
        waiting = action;
    }

    @Override
    public void flush() {
        Runnable action = waiting;
        waiting = null;
        if (action != null) {
            action.run();
        }
    }

    boolean isWaiting() {
        return waiting != null;
    }
}
