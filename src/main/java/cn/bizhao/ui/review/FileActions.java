package cn.bizhao.ui.review;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.review.ReviewFile;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the review and supervision screens do with every action on an application: run it off the
 * FX thread, show the file it returns, and say that it was done, or what went wrong.
 */
final class FileActions {
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final TaskRunner tasks;
    private final Messages messages;

    FileActions(TaskRunner tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    void act(Callable<ReviewFile> work, String done, Consumer<ReviewFile> show) {
        run(work, loaded -> {
            show.accept(loaded);
            notice.set(done);
        });
    }

    /** Any other work on the file: the error is shown, the notice is left to {@code done}. */
    <T> void run(Callable<T> work, Consumer<T> done) {
        error.set("");
        tasks.run(work, done, failure -> {
            notice.set("");
            error.set(ErrorText.of(failure, messages));
        });
    }

    StringProperty notice() {
        return notice;
    }

    StringProperty error() {
        return error;
    }
}
