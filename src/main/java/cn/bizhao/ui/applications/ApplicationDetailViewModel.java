package cn.bizhao.ui.applications;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.StatusChange;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.application.ApplicationOverview;
import cn.bizhao.service.application.ApplicationSearchService;
import cn.bizhao.service.application.FoundApplication;
import cn.bizhao.service.review.SupervisionService;
import cn.bizhao.ui.audit.AuditDetailText;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One application found: where it stands, its status history from the audit trail, and what the
 * user's roles let them do with it. The whole application opens in the screen that already shows it
 * for the role (the intake wizard, the receipt, the review file, the supervisor's file); only the
 * applicant's withdrawal, which has no other screen, is recorded here.
 */
public final class ApplicationDetailViewModel {
    private static final Set<ApplicationStatus> IN_INTAKE = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.AWAITING_MATERIALS);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObjectProperty<FoundApplication> application = new SimpleObjectProperty<>();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty certificate = new SimpleStringProperty("");
    private final StringProperty mapping = new SimpleStringProperty("");
    private final StringProperty acceptedOn = new SimpleStringProperty("");
    private final StringProperty clerk = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User user;
    private final ApplicationSearchService applications;
    private final SupervisionService supervision;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final FoundText text;

    public ApplicationDetailViewModel(User user, ApplicationSearchService applications, SupervisionService supervision,
                                      TaskRunner tasks, Messages messages, ZoneId zone) {
        this.user = user;
        this.applications = applications;
        this.supervision = supervision;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.text = new FoundText(messages, zone);
    }

    public void load(long id) {
        error.set("");
        tasks.run(() -> applications.overview(user, id), this::show, this::failed);
    }

    /** Shows the document number in full; the service records that it was shown. */
    public void showFullNumber() {
        error.set("");
        tasks.run(() -> applications.fullIdNumber(user, id()), idNumber::set, this::failed);
    }

    /** 申请人撤回: the applicant's written request, with its reason. */
    public void recordWithdrawal() {
        long id = id();
        String why = reason.get();
        error.set("");
        tasks.run(() -> supervision.recordWithdrawal(user, id, why), done -> {
            reason.set("");
            notice.set(messages.get("applications.notice.withdrawn"));
            load(id);
        }, this::failed);
    }

    private void show(ApplicationOverview overview) {
        FoundApplication a = overview.application();
        application.set(a);
        heading.set(messages.get("applications.detail.heading", text.name(a), text.number(a)));
        number.set(text.number(a));
        idNumber.set(a.maskedIdNumber());
        status.set(messages.of(a.status()));
        certificate.set(text.certificate(a));
        mapping.set(text.mapping(a));
        acceptedOn.set(text.acceptedOn(a));
        clerk.set(a.clerkName());
        history.setAll(overview.history().stream().map(this::historyRow).toList());
    }

    private HistoryRow historyRow(StatusChange change) {
        String step = change.from() == null ? messages.get("applications.history.created", change.to())
                : messages.get("applications.history.change", change.from(), change.to());
        return new HistoryRow(WHEN.format(change.at().atZone(zone)), change.actor(), step,
                change.action() == null ? "" : messages.of(change.action()), new AuditDetailText(messages).note(change.note()));
    }

    private void failed(Exception failure) {
        notice.set("");
        error.set(ErrorText.of(failure, messages));
    }

    private long id() {
        return application.get().id();
    }

    private BooleanBinding when(Predicate<FoundApplication> test) {
        return Bindings.createBooleanBinding(() -> application.get() != null && test.test(application.get()),
                application);
    }

    /** 继续受理: a clerk goes on with a draft, or one waiting for materials the applicant has brought. */
    public BooleanBinding canContinueIntake() {
        return when(a -> Permissions.has(user, Permission.TAKE_IN) && IN_INTAKE.contains(a.status()));
    }

    /** 受理回执: a clerk prints the receipt of an accepted application again. */
    public BooleanBinding canShowReceipt() {
        return when(a -> Permissions.has(user, Permission.TAKE_IN) && a.acceptanceNo() != null);
    }

    /** 审核档案: the reviewer's file of an application that has been accepted. */
    public BooleanBinding canOpenReview() {
        return when(a -> Permissions.has(user, Permission.REVIEW) && a.acceptanceNo() != null);
    }

    /** 主管审批: the supervisor's file of an application that has been accepted. */
    public BooleanBinding canOpenSupervision() {
        return when(a -> Permissions.has(user, Permission.SUPERVISE) && a.acceptanceNo() != null);
    }

    /** The applicant's withdrawal may be recorded by this user now. */
    public BooleanBinding canRecordWithdrawal() {
        return when(a -> Permissions.allows(user, StatusAction.WITHDRAW, a.status()));
    }

    public ObjectProperty<FoundApplication> applicationProperty() {
        return application;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty certificateProperty() {
        return certificate;
    }

    public StringProperty mappingProperty() {
        return mapping;
    }

    public StringProperty acceptedOnProperty() {
        return acceptedOn;
    }

    public StringProperty clerkProperty() {
        return clerk;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
