package cn.bizhao.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A task runner that knows whether work it started is still running, so that a screen shows a
 * progress indicator for as long as a slow step (a PDF made, pages rendered, a package written)
 * takes. Work that starts elsewhere and ends here, such as a PDF made by another view model and
 * then shown, is counted from {@link #begin()} to {@link #end()}. Results come back on the thread
 * the wrapped runner gives them (the FX thread in the window).
 */
public final class Busy implements TaskRunner {
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private int running;

    public Busy(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        begin();
        tasks.run(work, result -> {
            end();
            onSuccess.accept(result);
        }, failure -> {
            end();
            onFailure.accept(failure);
        });
    }

    /** Work begins that this runner does not start itself. */
    public void begin() {
        running++;
        working.set(true);
    }

    /** Work counted with {@link #begin()} ended, done or failed. */
    public void end() {
        running = Math.max(0, running - 1);
        working.set(running > 0);
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
