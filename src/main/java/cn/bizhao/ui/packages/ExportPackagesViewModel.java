package cn.bizhao.ui.packages;

import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.ExportProgress;
import cn.bizhao.service.packages.ExportRequest;
import cn.bizhao.service.packages.ExportResult;
import cn.bizhao.service.packages.ExportService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 导出报送包: the kind of package, the applications that may go into it (all ticked), a folder,
 * then the export off the FX thread with a progress bar and a cancel button. A cancelled export
 * leaves nothing, and says so.
 */
public final class ExportPackagesViewModel {
    private final ExportService exports;
    private final User user;
    private final FilePicker picker;
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final Messages messages;
    private final ObservableList<ExportKind> kinds;
    private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<ExportRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.selectedProperty()});
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /** @param uiThread where progress reaches the properties: the FX thread in the window, the caller's in tests */
    public ExportPackagesViewModel(ExportService exports, User user, FilePicker picker, TaskRunner tasks,
                                   Executor uiThread, Messages messages) {
        this.exports = exports;
        this.user = user;
        this.picker = picker;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.messages = messages;
        this.kinds = FXCollections.observableArrayList(Arrays.stream(ExportKind.values())
                .filter(k -> k.allowedFor(user.roles())).toList());
        kind.addListener((obs, old, now) -> reload());
        if (!kinds.isEmpty()) {
            kind.set(kinds.get(0));
        }
    }

    public ObservableList<ExportKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ExportKind> kindProperty() {
        return kind;
    }

    public String kindText(ExportKind value) {
        return value == null ? "" : messages.of(value);
    }

    public ObservableList<ExportRow> rows() {
        return rows;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Export is possible with a folder, at least one application ticked, and nothing running. */
    public BooleanBinding cannotExport() {
        return Bindings.createBooleanBinding(() -> running.get() || folder.get() == null
                || rows.stream().noneMatch(r -> r.selectedProperty().get()), running, folder, rows);
    }

    public void reload() {
        ExportKind chosen = kind.get();
        rows.setAll(chosen == null ? List.of() : exports.candidates(user, chosen).stream()
                .map(a -> new ExportRow(a.id(), a.acceptanceNo(), a.applicant().name(),
                        Masking.maskDocumentNumber(a.applicant().idNumber()), messages.of(a.status())))
                .toList());
        message.set(rows.isEmpty() ? messages.get("packages.export.noCandidates") : "");
    }

    public void chooseFolder() {
        picker.chooseFolder().ifPresent(folder::set);
    }

    public void export() {
        List<Long> ids = rows.stream().filter(r -> r.selectedProperty().get()).map(ExportRow::applicationId).toList();
        if (ids.isEmpty() || folder.get() == null) {
            message.set(messages.get(ids.isEmpty() ? "packages.export.nothingSelected" : "packages.export.chooseFolder"));
            return;
        }
        cancelRequested.set(false);
        running.set(true);
        progress.set(0);
        message.set(messages.get("packages.export.running", ids.size()));
        ExportRequest request = new ExportRequest(kind.get(), ids, folder.get(), Optional.empty());
        tasks.run(() -> exports.export(user, request, new Progress()), this::done, this::failed);
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    private void done(ExportResult result) {
        running.set(false);
        progress.set(1);
        reload();
        message.set(messages.get("packages.export.done", result.packages().size(), folder.get().toString(),
                result.batchPdf().getFileName().toString()));
    }

    private void failed(Exception failure) {
        running.set(false);
        progress.set(0);
        message.set(ErrorText.of(failure, messages));
    }

    /** Called on the export's worker thread: hands the fraction done to the UI thread. */
    private final class Progress implements ExportProgress {
        @Override
        public void progress(long done, long total) {
            double fraction = total == 0 ? 1 : (double) done / total;
            uiThread.execute(() -> progress.set(fraction));
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested.get();
        }
    }
}
