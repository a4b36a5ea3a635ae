package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The application being taken in, as last stored. All work on it goes through one queue, one
 * job at a time in the order asked, off the FX thread: an autosave never overtakes the photo
 * taken before it. The draft is created by the first job, so opening the wizard and leaving it
 * leaves nothing behind.
 */
final class IntakeDraft {
    private final IntakeService intake;
    private final User clerk;
    private final TaskRunner tasks;
    private final Consumer<Exception> onFailure;
    private final Runnable beforeWork;
    private final ReadOnlyObjectWrapper<Application> application = new ReadOnlyObjectWrapper<>();
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean busy;

    /**
     * @param beforeWork runs before any work is queued: the wizard saves what is waiting to be
     *                   saved, so that a change always reaches the database before what follows it
     */
    IntakeDraft(IntakeService intake, User clerk, TaskRunner tasks, Consumer<Exception> onFailure, Runnable beforeWork) {
        this.intake = intake;
        this.clerk = clerk;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.beforeWork = beforeWork;
    }

    /** The stored application; null until the first job created the draft. */
    ReadOnlyObjectProperty<Application> applicationProperty() {
        return application.getReadOnlyProperty();
    }

    Application application() {
        return application.get();
    }

    User clerk() {
        return clerk;
    }

    /** Continues an application already stored (a draft, or one waiting for materials). */
    void open(Application stored) {
        application.set(stored);
    }

    /** Work on the application whose result is the application as stored afterwards. */
    void update(LongFunction<Application> work) {
        submit(work, stored -> { });
    }

    <T> void submit(LongFunction<T> work, Consumer<T> done) {
        submit(work, done, onFailure);
    }

    /**
     * Queues work on the application (its id given, the draft created first if needed); its result
     * comes back on the FX thread, and the application as stored afterwards becomes the known one.
     */
    <T> void submit(LongFunction<T> work, Consumer<T> done, Consumer<Exception> failed) {
        submitOver(stored -> work.apply(stored.id()), done, failed);
    }

    /**
     * Like {@link #submit}, for work that needs the application as last stored here when it runs (its
     * version, for a save that must not overwrite another station's change).
     */
    <T> void submitOver(Function<Application, T> work, Consumer<T> done, Consumer<Exception> failed) {
        beforeWork.run();
        waiting.add(() -> {
            Application known = application.get();
            Callable<Step<T>> job = () -> {
                Application base = known != null ? known : intake.startDraft(clerk);
                long id = base.id();
                T result = work.apply(base);
                Application after = result instanceof Application stored ? stored : intake.find(id);
                return new Step<>(after, result);
            };
            tasks.run(job, step -> finished(step, done), failure -> failed(failure, failed));
        });
        if (!busy) {
            next();
        }
    }

    /** Like {@link #submit} for work that does not need the draft to exist (reading, rendering). */
    <T> void read(Callable<T> work, Consumer<T> done) {
        waiting.add(() -> tasks.run(work, result -> {
            done.accept(result);
            next();
        }, failure -> failed(failure, onFailure)));
        if (!busy) {
            next();
        }
    }

    private <T> void finished(Step<T> step, Consumer<T> done) {
        if (step.application() != null) {
            application.set(step.application());
        }
        try {
            done.accept(step.result());
        } finally {
            next();
        }
    }

    private void failed(Exception failure, Consumer<Exception> handler) {
        try {
            handler.accept(failure);
        } finally {
            next();
        }
    }

    private void next() {
        Runnable job = waiting.poll();
        busy = job != null;
        if (job != null) {
            job.run();
        }
    }

    /** A job's result and the application as stored after it. */
    private record Step<T>(Application application, T result) {
    }
}
