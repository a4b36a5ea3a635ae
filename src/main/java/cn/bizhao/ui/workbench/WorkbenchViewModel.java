package cn.bizhao.ui.workbench;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 工作台: the intakes still open at the counter (drafts, and those waiting for materials), to resume. */
public final class WorkbenchViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObservableList<WorkbenchRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<WorkbenchRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkbenchRow> reselect = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final IntakeService intake;
    private final User clerk;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Application> resume;
    private final Runnable newIntake;
    private final ZoneId zone;

    /**
     * @param resume    opens an application in the intake wizard
     * @param newIntake opens the wizard on a new intake
     */
    public WorkbenchViewModel(IntakeService intake, User clerk, TaskRunner tasks, Messages messages,
                              Consumer<Application> resume, Runnable newIntake, ZoneId zone) {
        this.intake = intake;
        this.clerk = clerk;
        this.tasks = tasks;
        this.messages = messages;
        this.resume = resume;
        this.newIntake = newIntake;
        this.zone = zone;
    }

    public void refresh() {
        tasks.run(() -> Stream.of(ApplicationStatus.DRAFT, ApplicationStatus.AWAITING_MATERIALS)
                        .flatMap(status -> intake.list(status).stream())
                        .sorted(Comparator.comparing(Application::createdAt).reversed())
                        .map(this::row).toList(),
                list -> {
                    replaceRows(list);
                    message.set(list.isEmpty() ? messages.get("workbench.empty") : messages.get("workbench.count", list.size()));
                },
                failure -> message.set(ErrorText.of(failure, messages)));
    }

    /**
     * The rows read now, in place of those shown: nothing changes on the screen when they are the same,
     * and the row chosen before is chosen again (a refresh after another station's change).
     */
    private void replaceRows(java.util.List<WorkbenchRow> list) {
        if (list.equals(rows)) {
            return;
        }
        long chosen = selected.get() == null ? -1 : selected.get().application().id();
        rows.setAll(list);
        reselect.set(null);
        rows.stream().filter(r -> r.application().id() == chosen).findFirst().ifPresent(reselect::set);
    }

    private WorkbenchRow row(Application a) {
        String name = a.applicant().name() == null ? messages.get("workbench.noName") : a.applicant().name();
        String certificate = Stream.of(a.certificate().name(), a.certificate().level())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return new WorkbenchRow(a, messages.of(a.status()), messages.get("intake.draftNumber", a.id()), name,
                Masking.maskDocumentNumber(a.applicant().idNumber()), certificate,
                WHEN.format(a.createdAt().atZone(zone)));
    }

    /** Continues the chosen intake where it stopped; one waiting for materials is opened again first. */
    public void resumeSelected() {
        WorkbenchRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(() -> intake.continueIntake(clerk, row.application().id()), resume,
                failure -> message.set(ErrorText.of(failure, messages)));
    }

    public void startNew() {
        newIntake.run();
    }

    public ObservableList<WorkbenchRow> rows() {
        return rows;
    }

    public ObjectProperty<WorkbenchRow> selectedProperty() {
        return selected;
    }

    /** The row to choose again after the list was read anew: the one chosen before, as read now. */
    public ReadOnlyObjectProperty<WorkbenchRow> reselectProperty() {
        return reselect;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
