package cn.bizhao.ui.common;

/**
 * Runs an action once things have been quiet for a moment (the autosave after typing). The
 * window uses {@link FxDebouncer}; tests use {@link #immediate()} or call {@link #flush()}.
 */
public interface Debouncer {
    /** Runs {@code action} after the quiet time, replacing any action still waiting. */
    void schedule(Runnable action);

    /** Runs the waiting action now, if there is one. */
    void flush();

    /** Runs every action at once: for tests and for work that must not wait. */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void schedule(Runnable action) {
                action.run();
            }

            @Override
            public void flush() {
                // nothing ever waits
            }
        };
    }
}
