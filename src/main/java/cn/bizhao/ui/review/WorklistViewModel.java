package cn.bizhao.ui.review;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.review.ReviewFilter;
import cn.bizhao.service.review.WorkItem;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A worklist with its filters (status, acceptance dates, region, occupation, clerk, a text found in
 * the name, the acceptance number or the document number), shared by the reviewer and the supervisor.
 */
public final class WorklistViewModel {
    private final ObservableList<ApplicationStatus> statuses;
    private final ObjectProperty<ApplicationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty occupation = new SimpleStringProperty("");
    private final StringProperty clerk = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<WorkRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<WorkRow> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");

    private final Set<ApplicationStatus> all;
    private ReviewFilter lastFilter;
    private final Function<ReviewFilter, List<WorkItem>> search;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;

    /**
     * @param all  the statuses this worklist covers; "all" in the status filter means these
     * @param zone the station's time zone, in which days of acceptance are shown
     */
    public WorklistViewModel(Set<ApplicationStatus> all, Function<ReviewFilter, List<WorkItem>> search, TaskRunner tasks,
                             Messages messages, ZoneId zone) {
        this.zone = zone;
        this.all = EnumSet.copyOf(all);
        this.statuses = FXCollections.observableArrayList(this.all);
        this.statuses.add(0, null);
        this.search = search;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void search() {
        ReviewFilter filter = new ReviewFilter(status.get() == null ? all : EnumSet.of(status.get()), from.get(), to.get(),
                region.get(), occupation.get(), clerk.get(), text.get());
        lastFilter = filter;
        long chosen = selected.get() == null ? -1 : selected.get().id();
        error.set("");
        tasks.run(() -> search.apply(filter), items -> {
            rows.setAll(items.stream().map(this::row).toList());
            rows.stream().filter(r -> r.id() == chosen).findFirst().ifPresentOrElse(selected::set, () -> selected.set(null));
            count.set(messages.get("review.list.count", rows.size()));
        }, failure -> error.set(ErrorText.of(failure, messages)));
    }

    /**
     * Reads the list again with the filters last applied, after another station changed something; the
     * list is left alone when nothing in it changed, and the chosen row stays chosen.
     */
    public void refresh() {
        ReviewFilter filter = lastFilter;
        if (filter == null) {
            return;
        }
        tasks.run(() -> search.apply(filter), items -> {
            List<WorkRow> fresh = items.stream().map(this::row).toList();
            if (fresh.equals(rows)) {
                return;
            }
            long chosen = selected.get() == null ? -1 : selected.get().id();
            rows.setAll(fresh);
            selected.set(null);
            rows.stream().filter(r -> r.id() == chosen).findFirst().ifPresent(selected::set);
            count.set(messages.get("review.list.count", rows.size()));
        }, failure -> error.set(ErrorText.of(failure, messages)));
    }

    private WorkRow row(WorkItem item) {
        String state = messages.of(item.status()) + (item.awaitingSupervisor() ? messages.get("review.list.awaiting") : "")
                + (item.hold().isTaken() ? messages.get("review.list.takenBy", item.hold().holderName()) : "");
        return new WorkRow(item.id(), nz(item.acceptanceNo()), nz(item.name()), item.maskedIdNumber(), nz(item.region()),
                nz(item.occupation()), item.level() == null ? "" : messages.of(item.level()), state, item.clerk(),
                item.acceptedAt() == null ? "" : LocalDate.ofInstant(item.acceptedAt(), zone).toString());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** The status shown in the filter: "all" for null. */
    public String statusText(ApplicationStatus value) {
        return value == null ? messages.get("review.filter.allStatuses") : messages.of(value);
    }

    public ObservableList<ApplicationStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<ApplicationStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty occupationProperty() {
        return occupation;
    }

    public StringProperty clerkProperty() {
        return clerk;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<WorkRow> rows() {
        return rows;
    }

    public ObjectProperty<WorkRow> selectedProperty() {
        return selected;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty countProperty() {
        return count;
    }
}
