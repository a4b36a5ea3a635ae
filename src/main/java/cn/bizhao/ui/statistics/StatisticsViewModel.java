package cn.bizhao.ui.statistics;

import cn.bizhao.domain.statistics.Dimension;
import cn.bizhao.domain.statistics.Statistics;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.CsvFile;
import cn.bizhao.service.statistics.StatisticsExport;
import cn.bizhao.service.statistics.StatisticsLabels;
import cn.bizhao.service.statistics.StatisticsService;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.DialogService.FileType;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.Busy;
import cn.bizhao.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 统计: the applications accepted in a period, counted by each {@link Dimension}, and their export.
 * The period opens as the current year up to today.
 */
public final class StatisticsViewModel {
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty totalText = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final Map<Dimension, ObservableList<StatisticsRow>> rows = new EnumMap<>(Dimension.class);
    private final ObjectProperty<Statistics> shown = new SimpleObjectProperty<>();

    private final User reader;
    private final StatisticsService statistics;
    private final DialogService dialogs;
    private final Busy tasks;
    private final Messages messages;
    private final StatisticsLabels labels;

    public StatisticsViewModel(User reader, StatisticsService statistics, DialogService dialogs, TaskRunner tasks,
                               Messages messages) {
        this.reader = reader;
        this.statistics = statistics;
        this.dialogs = dialogs;
        this.tasks = new Busy(tasks);
        this.messages = messages;
        this.labels = new StatisticsLabels(messages, statistics.cities());
        for (Dimension dimension : Dimension.values()) {
            rows.put(dimension, FXCollections.observableArrayList());
        }
        LocalDate today = statistics.today();
        from.set(today.withDayOfYear(1));
        to.set(today);
    }

    /** Counts the period chosen. */
    public void compute() {
        error.set("");
        notice.set("");
        LocalDate start = from.get();
        LocalDate end = to.get();
        tasks.run(() -> statistics.compute(reader, start, end), this::show, this::failed);
    }

    /** Asks where to save, then writes the figures shown as CSV. */
    public void export() {
        Statistics figures = shown.get();
        if (figures == null) {
            return;
        }
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("statistics.export.title"),
                messages.get("statistics.export.fileName", figures.from().toString(), figures.to().toString()),
                FileType.CSV);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        tasks.run(() -> {
            try (Writer out = CsvFile.create(file)) {
                new StatisticsExport(messages, labels).writeCsv(figures, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }, written -> notice.set(messages.get("statistics.export.done", written.toString())), this::failed);
    }

    private void show(Statistics figures) {
        shown.set(figures);
        totalText.set(messages.get("statistics.totalLine", figures.from().toString(), figures.to().toString(),
                figures.total()));
        for (Dimension dimension : Dimension.values()) {
            rows.get(dimension).setAll(figures.by(dimension).stream()
                    .map(t -> new StatisticsRow(t.key(), labels.of(dimension, t.key()), t.count()))
                    .toList());
        }
    }

    private void failed(Exception failure) {
        notice.set("");
        error.set(failure instanceof UncheckedIOException ? messages.get("error.export.failed")
                : ErrorText.of(failure, messages));
    }

    /** The dimensions in the order the screen shows them. */
    public List<Dimension> dimensions() {
        return List.of(Dimension.values());
    }

    public String title(Dimension dimension) {
        return labels.dimension(dimension);
    }

    public ObservableList<StatisticsRow> rows(Dimension dimension) {
        return rows.get(dimension);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty totalTextProperty() {
        return totalText;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The figures on screen, null before the first count; export needs them. */
    public ObjectProperty<Statistics> shownProperty() {
        return shown;
    }

    /** Whether a search, a PDF or an export is running: the screen shows a progress indicator. */
    public ReadOnlyBooleanProperty workingProperty() {
        return tasks.workingProperty();
    }
}
