package cn.bizhao.ui.department;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.department.DecisionService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.TaskRunner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 人社部门审核 (the department's station): the submissions received, by institution; for the one
 * chosen, 自治区人社部门意见 recorded (approve with the certificate, or return with the reasons), signed
 * off by a second person, and exported as a signed decision package.
 */
public final class DepartmentViewModel {
    private final StringProperty institution = new SimpleStringProperty("");
    private final ObservableList<SubmissionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SubmissionRow> selected = new SimpleObjectProperty<>();
    private final StringProperty certificateNo = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final StringProperty evaluationBody = new SimpleStringProperty("");
    private final StringProperty reasons = new SimpleStringProperty("");
    private final StringProperty corrections = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User user;
    private final DecisionService decisions;
    private final FilePicker picker;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;

    public DepartmentViewModel(User user, DecisionService decisions, FilePicker picker, TaskRunner tasks,
                               Messages messages, ZoneId zone) {
        this.user = user;
        this.decisions = decisions;
        this.picker = picker;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
    }

    public void search() {
        String from = institution.get();
        error.set("");
        tasks.run(() -> decisions.inbox(user, from, null, null, null), list -> {
            rows.setAll(list.stream().map(this::row).toList());
            notice.set(messages.get("department.count", rows.size()));
        }, this::failed);
    }

    private SubmissionRow row(DecisionService.Submission s) {
        String mapped = s.occupation() == null ? ""
                : s.occupation() + " " + messages.of(cn.bizhao.domain.catalog.SkillLevel.valueOf(s.level()));
        return new SubmissionRow(s.applicationId(), s.acceptanceNo(), s.institution(), s.name(),
                messages.of(s.status()), s.version(), LocalDate.ofInstant(s.receivedAt(), zone).toString(), mapped);
    }

    public void approve() {
        act(id -> () -> decisions.approve(user, id, certificateNo.get(), issuedOn.get(), evaluationBody.get(), ""),
                "department.recorded");
    }

    public void returnForCorrection() {
        act(id -> () -> decisions.returnForCorrection(user, id, reasons.get(), corrections.get()), "department.recorded");
    }

    public void signOff() {
        act(id -> () -> decisions.signOff(user, id), "department.signedOff");
    }

    /** Writes the decision package of the chosen application into a folder the user picks. */
    public void exportDecision() {
        SubmissionRow row = selected.get();
        if (row == null) {
            error.set(messages.get("department.chooseFirst"));
            return;
        }
        picker.chooseFolder().ifPresent(folder -> tasks.run(
                () -> decisions.exportDecisions(user, List.of(row.applicationId()), folder),
                written -> notice.set(messages.get("department.exported", written.packages().get(0).toString())),
                this::failed));
    }

    private void act(java.util.function.LongFunction<Supplier<?>> work, String doneKey) {
        SubmissionRow row = selected.get();
        error.set("");
        if (row == null) {
            error.set(messages.get("department.chooseFirst"));
            return;
        }
        Supplier<?> task = work.apply(row.applicationId());
        tasks.run(task::get, done -> {
            notice.set(messages.get(doneKey, row.acceptanceNo()));
            search();
        }, this::failed);
    }

    private void failed(Exception failure) {
        error.set(ErrorText.of(failure, messages));
    }

    public StringProperty institutionProperty() {
        return institution;
    }

    public ObservableList<SubmissionRow> rows() {
        return rows;
    }

    public ObjectProperty<SubmissionRow> selectedProperty() {
        return selected;
    }

    public StringProperty certificateNoProperty() {
        return certificateNo;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
    }

    public StringProperty evaluationBodyProperty() {
        return evaluationBody;
    }

    public StringProperty reasonsProperty() {
        return reasons;
    }

    public StringProperty correctionsProperty() {
        return corrections;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
