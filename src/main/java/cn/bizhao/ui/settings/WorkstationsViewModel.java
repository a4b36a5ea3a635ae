package cn.bizhao.ui.settings;

import cn.bizhao.domain.station.Workstation;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.station.WorkstationService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 工作站 tab of 系统设置: every station that has connected to the institution's data (name, last
 * seen in the station's zone, program version, enabled or not); the administrator disables one, or
 * enables it again.
 */
public final class WorkstationsViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final User admin;
    private final WorkstationService stations;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;

    public WorkstationsViewModel(User admin, WorkstationService stations, TaskRunner tasks, Messages messages) {
        this.admin = admin;
        this.stations = stations;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = stations.zone();
    }

    public void refresh() {
        tasks.run(() -> stations.all(admin), list -> {
            rows.setAll(list.stream().map(this::row).toList());
            error.set("");
        }, failure -> error.set(ErrorText.of(failure, messages)));
    }

    private Row row(Workstation station) {
        boolean own = station.stationId().equals(stations.id());
        String state = station.disabled()
                ? messages.get("settings.stations.disabled", station.disabledBy(), WHEN.format(station.disabledAt().atZone(zone)))
                : messages.get("settings.stations.enabled");
        return new Row(station, station.name() + (own ? messages.get("settings.stations.own") : ""),
                WHEN.format(station.lastSeen().atZone(zone)), WHEN.format(station.firstSeen().atZone(zone)),
                station.programVersion(), state);
    }

    /** Disables the chosen station: nobody signs in there until it is enabled again. */
    public void disableSelected() {
        change(true);
    }

    public void enableSelected() {
        change(false);
    }

    private void change(boolean disable) {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        String name = row.station().name();
        notice.set("");
        error.set("");
        tasks.run(() -> {
            stations.setDisabled(admin, row.station().stationId(), disable);
            return stations.all(admin);
        }, list -> {
            rows.setAll(list.stream().map(this::row).toList());
            notice.set(messages.get(disable ? "settings.stations.disabledNotice" : "settings.stations.enabledNotice", name));
        }, failure -> error.set(ErrorText.of(failure, messages)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One station as the list shows it. */
    public record Row(Workstation station, String name, String lastSeen, String firstSeen, String version,
                      String state) {
    }
}
