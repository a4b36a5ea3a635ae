package cn.bizhao.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A task runner for tests that holds each piece of work until the test lets it run, so a test can
 * look at the screen while the work is still under way.
 */
public final class HeldTasks implements TaskRunner {
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        held.add(() -> TaskRunner.direct().run(work, onSuccess, onFailure));
    }

    /** How many pieces of work wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the first piece of work held; work it starts is held in turn. */
    public void finishOne() {
        held.poll().run();
    }

    /** Runs the held work, and any work it starts, to the end. */
    public void finishAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }
}
