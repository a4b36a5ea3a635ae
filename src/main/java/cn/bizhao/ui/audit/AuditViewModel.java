package cn.bizhao.ui.audit;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditLine;
import cn.bizhao.domain.audit.AuditQuery;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.audit.ChainBreak;
import cn.bizhao.domain.audit.ChainReport;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.CsvFile;
import cn.bizhao.service.audit.AuditCsv;
import cn.bizhao.service.audit.AuditTrail;
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
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 操作日志: the trail filtered by days, user, action and application, the state of its hash chain, and
 * the export of what is shown. For those holding the permission to read the trail.
 */
public final class AuditViewModel {
    /** How many days back the screen looks when it opens. */
    static final int DEFAULT_DAYS = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> actor = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty application = new SimpleStringProperty("");
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObservableList<AuditAction> actions = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final StringProperty chainText = new SimpleStringProperty("");
    private final BooleanProperty chainBroken = new SimpleBooleanProperty(false);
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User reader;
    private final AuditTrail trail;
    private final DialogService dialogs;
    private final Busy tasks;
    private final Messages messages;
    private final AuditDetailText details;

    public AuditViewModel(User reader, AuditTrail trail, DialogService dialogs, TaskRunner tasks, Messages messages) {
        this.reader = reader;
        this.trail = trail;
        this.dialogs = dialogs;
        this.tasks = new Busy(tasks);
        this.messages = messages;
        this.details = new AuditDetailText(messages);
        actors.add(null); // "all"
        actions.add(null);
        actions.addAll(Arrays.asList(AuditAction.values()));
        resetFilter();
    }

    private void resetFilter() {
        LocalDate today = trail.today();
        from.set(today.minusDays(DEFAULT_DAYS));
        to.set(today);
        actor.set(null);
        action.set(null);
        application.set("");
    }

    /** Fills the list of users and shows the records of the default period. */
    public void load() {
        tasks.run(() -> trail.actors(reader), list -> {
            String chosen = actor.get();
            actors.setAll(list);
            actors.add(0, null);
            actor.set(list.contains(chosen) ? chosen : null);
        }, this::failed);
        search();
    }

    public void search() {
        error.set("");
        AuditQuery query = query();
        tasks.run(() -> new Result(trail.check(), trail.search(reader, query)), this::show, this::failed);
    }

    public void clear() {
        resetFilter();
        search();
    }

    /** Asks where to save, then writes what the filter selects, with the chain's verdict on each record. */
    public void export() {
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("audit.export.title"),
                messages.get("audit.export.fileName", trail.today().toString()), FileType.CSV);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        AuditQuery query = query();
        error.set("");
        notice.set("");
        tasks.run(() -> {
            try (Writer out = CsvFile.create(file)) {
                return trail.export(reader, query, new AuditCsv(messages), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, written -> {
            notice.set(messages.get("audit.export.done", written, file.toString()));
            search();
        }, this::failed);
    }

    private AuditQuery query() {
        return new AuditQuery(from.get(), to.get(), actor.get(), action.get(), application.get());
    }

    private void show(Result result) {
        ChainReport chain = result.chain();
        chainBroken.set(!chain.intact());
        if (chain.intact()) {
            chainText.set(messages.get("audit.chain.intact", chain.recordCount()));
        } else {
            ChainBreak first = chain.breaks().get(0);
            chainText.set(messages.get("audit.chain.broken", chain.breaks().size(), first.recordId(),
                    messages.get("audit.break." + first.kind().name())));
        }
        AuditCsv verdicts = new AuditCsv(messages);
        rows.setAll(result.lines().stream().map(line -> row(line, chain, verdicts)).toList());
        countText.set(messages.get("audit.count", rows.size()));
    }

    private AuditRow row(AuditLine line, ChainReport chain, AuditCsv verdicts) {
        AuditRecord r = line.record();
        return new AuditRow(r.id(), TIME.format(r.entry().recordedAt().atZone(trail.zone())), r.entry().actor(),
                r.entry().station(), messages.of(r.entry().action()),
                line.acceptanceNo() == null ? "" : line.acceptanceNo(), details.of(r.entry().action(), r.entry().detail()),
                verdicts.verdict(chain, r.id()), chain.brokenRecordIds().contains(r.id()));
    }

    private void failed(Exception failure) {
        notice.set("");
        error.set(failure instanceof UncheckedIOException ? messages.get("error.export.failed")
                : ErrorText.of(failure, messages));
    }

    /** The name shown for an entry of the user or action lists; null stands for "all". */
    public String actorName(String login) {
        return login == null ? messages.get("audit.filter.all") : login;
    }

    public String actionName(AuditAction value) {
        return value == null ? messages.get("audit.filter.all") : messages.of(value);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<String> actorProperty() {
        return actor;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty applicationProperty() {
        return application;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObservableList<AuditAction> actions() {
        return actions;
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public StringProperty chainTextProperty() {
        return chainText;
    }

    public BooleanProperty chainBrokenProperty() {
        return chainBroken;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }

    private record Result(ChainReport chain, List<AuditLine> lines) {
    }

    /** Whether a search, a PDF or an export is running: the screen shows a progress indicator. */
    public ReadOnlyBooleanProperty workingProperty() {
        return tasks.workingProperty();
    }
}
