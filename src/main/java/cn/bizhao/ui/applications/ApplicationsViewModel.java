package cn.bizhao.ui.applications;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.application.ApplicationQuery;
import cn.bizhao.service.application.SearchResult;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 申请查询: the filters (acceptance number, name, whole document number, certificate number, status,
 * days of acceptance, mapped occupation) and the applications found, newest first, up to a limit.
 */
public final class ApplicationsViewModel {
    /** How many the window lists: the newest; when more match, the count says so and asks for a narrower search. */
    public static final int WINDOW_LIMIT = 200;

    private final StringProperty acceptanceNo = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty certificateNo = new SimpleStringProperty("");
    private final ObjectProperty<ApplicationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> occupation = new SimpleObjectProperty<>();
    private final ObservableList<ApplicationStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> occupations = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ResultRow> selected = new SimpleObjectProperty<>();
    private ApplicationQuery lastQuery;
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final Function<ApplicationQuery, SearchResult> search;
    private final int limit;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FoundText text;

    /**
     * @param search      the search, for the signed-in user
     * @param limit       how many of the newest are listed at most
     * @param occupations the occupations of the current catalogue, for the filter
     * @param zone        where the days of acceptance are counted and shown
     */
    public ApplicationsViewModel(Function<ApplicationQuery, SearchResult> search, int limit, List<String> occupations,
                                 TaskRunner tasks, Messages messages, ZoneId zone) {
        this.search = search;
        this.limit = limit;
        this.tasks = tasks;
        this.messages = messages;
        this.text = new FoundText(messages, zone);
        statuses.add(null);
        statuses.addAll(Arrays.asList(ApplicationStatus.values()));
        this.occupations.add(null);
        // occupations are the catalogue's Chinese names whatever the screen language: in pinyin order
        this.occupations.addAll(occupations.stream().distinct()
                .sorted(Collator.getInstance(Locale.SIMPLIFIED_CHINESE)).toList());
    }

    public void search() {
        ApplicationQuery query = new ApplicationQuery(acceptanceNo.get(), name.get(), documentNumber.get(),
                certificateNo.get(), status.get(), from.get(), to.get(), occupation.get(), limit);
        lastQuery = query;
        long chosen = selected.get() == null ? -1 : selected.get().application().id();
        error.set("");
        tasks.run(() -> search.apply(query), result -> {
            rows.setAll(result.applications().stream().map(text::row).toList());
            rows.stream().filter(r -> r.application().id() == chosen).findFirst()
                    .ifPresentOrElse(selected::set, () -> selected.set(null));
            count.set(countText(result));
        }, failure -> {
            rows.clear();
            count.set("");
            error.set(ErrorText.of(failure, messages));
        });
    }

    /**
     * Reads the list again with the filters last applied (not those typed since), after another station
     * changed something; the list is left alone when nothing in it changed, and the chosen row stays chosen.
     */
    public void refresh() {
        ApplicationQuery query = lastQuery;
        if (query == null) {
            return;
        }
        tasks.run(() -> search.apply(query), result -> {
            List<ResultRow> fresh = result.applications().stream().map(text::row).toList();
            if (!fresh.equals(rows)) {
                long chosen = selected.get() == null ? -1 : selected.get().application().id();
                rows.setAll(fresh);
                selected.set(null);
                rows.stream().filter(r -> r.application().id() == chosen).findFirst().ifPresent(selected::set);
            }
            count.set(countText(result));
        }, failure -> error.set(ErrorText.of(failure, messages)));
    }

    /** Every filter back to "all", and the newest applications again. */
    public void clear() {
        acceptanceNo.set("");
        name.set("");
        documentNumber.set("");
        certificateNo.set("");
        status.set(null);
        from.set(null);
        to.set(null);
        occupation.set(null);
        search();
    }

    /** How many were found; nothing when none was, since the empty table says so. */
    private String countText(SearchResult result) {
        if (result.total() == 0) {
            return "";
        }
        if (result.complete()) {
            return messages.get("applications.count", result.total());
        }
        return messages.get("applications.countLimited", result.total(), result.applications().size());
    }

    /** The status shown in the filter: "all statuses" for null. */
    public String statusText(ApplicationStatus value) {
        return value == null ? messages.get("applications.filter.allStatuses") : messages.of(value);
    }

    /** The occupation shown in the filter: "all occupations" for null. */
    public String occupationText(String value) {
        return value == null ? messages.get("applications.filter.allOccupations") : value;
    }

    public StringProperty acceptanceNoProperty() {
        return acceptanceNo;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public StringProperty certificateNoProperty() {
        return certificateNo;
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

    public ObjectProperty<String> occupationProperty() {
        return occupation;
    }

    public ObservableList<ApplicationStatus> statuses() {
        return statuses;
    }

    public ObservableList<String> occupations() {
        return occupations;
    }

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    public ObjectProperty<ResultRow> selectedProperty() {
        return selected;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
