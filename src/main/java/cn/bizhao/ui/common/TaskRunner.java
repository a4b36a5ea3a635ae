package cn.bizhao.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work off the FX thread and hands the result back on it. Tests use
 * {@link #direct()}, which runs everything on the calling thread.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
