package cn.bizhao.ui.review;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.service.review.ReviewFile;
import cn.bizhao.service.review.SupervisionService;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 主管审批: the reviewer's conclusion confirmed or sent back, the stamped form, the submission, the
 * department's decision with the scan of its reply, and the certificate.
 */
public final class SupervisionFileViewModel {
    private final ObjectProperty<ReviewFile> file = new SimpleObjectProperty<>();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<DepartmentOutcome> departmentOutcome = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
    private final StringProperty documentNo = new SimpleStringProperty("");
    private final StringProperty decisionNote = new SimpleStringProperty("");
    private final StringProperty replyName = new SimpleStringProperty("");
    private final StringProperty certificateNo = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final StringProperty evaluationInstitution = new SimpleStringProperty("");
    private final StringProperty mapped = new SimpleStringProperty("");
    private PageUpload reply;

    private final User supervisor;
    private final SupervisionService supervision;
    private final DocumentService documents;
    private final FileActions actions;
    private final DialogService dialogs;
    private final BiFunction<Page, Float, byte[]> pictures;
    private final ObservableList<String[]> facts = FXCollections.observableArrayList();
    private final TaskRunner tasks;
    private final Messages messages;

    public SupervisionFileViewModel(User supervisor, SupervisionService supervision, DocumentService documents,
                                    String institution, BiFunction<Page, Float, byte[]> pictures, TaskRunner tasks,
                                    DialogService dialogs, Messages messages) {
        this.pictures = pictures;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.supervisor = supervisor;
        this.supervision = supervision;
        this.documents = documents;
        this.actions = new FileActions(tasks, messages);
        this.messages = messages;
        evaluationInstitution.set(institution);
        decidedOn.set(supervision.today());
        issuedOn.set(supervision.today());
    }

    public void load(long id) {
        act(() -> supervision.open(supervisor, id), "");
    }

    /** Confirms the reviewer's conclusion with the note, once the supervisor has said yes to the question. */
    public void confirm() {
        Conclusion pending = file.get().review().conclusion();
        String text = note.get().strip();
        if (dialogs.confirm(messages.get("supervision.confirm.question", pending.outcome(), text.isEmpty()
                ? messages.get("supervision.confirm.noNote") : text), messages.get("supervision.confirm"))) {
            act(() -> supervision.confirm(supervisor, id(), text), messages.get("supervision.notice.confirmed"));
        }
    }

    /** Sends the conclusion back to the reviewer with the note as the reason, once confirmed. */
    public void sendBack() {
        String text = note.get().strip();
        if (text.isEmpty()) {
            actions.notice().set("");
            actions.error().set(messages.get("error.supervision.reasonRequired"));
            return;
        }
        if (dialogs.confirm(messages.get("supervision.sendBack.question", text), messages.get("supervision.sendBack"))) {
            act(() -> supervision.sendBack(supervisor, id(), text), messages.get("supervision.notice.sentBack"));
        }
    }

    public void recordSubmission() {
        act(() -> supervision.recordSubmission(supervisor, id(), note.get()), messages.get("supervision.notice.submitted"));
    }

    public void attachReply(byte[] content, String mediaType, String name) {
        reply = new PageUpload(content, mediaType);
        replyName.set(name);
    }

    public void recordDecision() {
        PageUpload scan = reply;
        act(() -> supervision.recordDepartmentDecision(supervisor, id(), departmentOutcome.get(), decidedOn.get(),
                documentNo.get(), decisionNote.get(), scan), messages.get("supervision.notice.decision"));
    }

    public void recordCertificate() {
        act(() -> supervision.recordCertificate(supervisor, id(), certificateNo.get(), issuedOn.get(),
                evaluationInstitution.get()), messages.get("supervision.notice.certificate"));
    }

    /** Writes the stamped registration form to the file chosen; the service records the printing. */
    public void saveStampedForm(Path target) {
        long id = id();
        actions.run(() -> Files.write(target, documents.stampedForm(supervisor, id)), written -> actions.notice()
                .set(messages.get("supervision.notice.stampedForm", written.getFileName().toString())));
    }

    private long id() {
        return file.get().application().id();
    }

    private void act(Callable<ReviewFile> work, String done) {
        actions.act(work, done, this::show);
    }

    private void show(ReviewFile loaded) {
        Application application = loaded.application();
        facts.setAll(FileFacts.of(application, messages));
        file.set(loaded);
        heading.set(messages.get("supervision.heading", application.applicant().name(), nz(application.acceptanceNo()),
                Masking.maskDocumentNumber(application.applicant().idNumber()), messages.of(application.status())));
        CatalogMapping mapping = application.certificate().catalogMapping();
        mapped.set(mapping == null ? "" : messages.get("supervision.mapped", mapping.entry().occupation(),
                messages.of(mapping.entry().level())));
        lines.setAll(lines(loaded));
    }

    private List<String> lines(ReviewFile loaded) {
        List<String> list = new ArrayList<>();
        list.add(messages.get("supervision.line.mapping", mapped.get()));
        list.addAll(ReviewLines.of(loaded.review(), loaded.application().materials().stream().map(Material::kind)
                .toList(), messages));
        list.add(messages.get("supervision.line.opinion", loaded.review().opinion()));
        for (Conclusion c : loaded.conclusions()) {
            list.add(messages.get("supervision.line.conclusion", c.outcome(), c.reviewer(), c.detail(), c.state(),
                    nz(c.supervisorNote())));
        }
        loaded.decisions().forEach(d -> list.add(messages.get("supervision.line.decision", d.outcome(),
                d.decidedOn().toString(), d.documentNo())));
        loaded.issued().ifPresent(c -> list.add(messages.get("supervision.line.certificate", c.number(),
                c.issuedOn().toString())));
        return list;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private BooleanBinding statusIs(ApplicationStatus wanted) {
        return Bindings.createBooleanBinding(() -> file.get() != null && file.get().application().status() == wanted, file);
    }

    public BooleanBinding pending() {
        return Bindings.createBooleanBinding(() -> file.get() != null && file.get().review().awaitsSupervisor(), file);
    }

    public BooleanBinding approved() {
        return statusIs(ApplicationStatus.APPROVED);
    }

    /** The stamped form is printable from the institution's approval on. */
    public BooleanBinding stampable() {
        return Bindings.createBooleanBinding(() -> file.get() != null && file.get().conclusions().stream()
                .anyMatch(c -> c.outcome() == Outcome.APPROVE
                        && c.state() == ConclusionState.CONFIRMED), file);
    }

    public BooleanBinding submitted() {
        return statusIs(ApplicationStatus.SUBMITTED);
    }

    public BooleanBinding departmentApproved() {
        return statusIs(ApplicationStatus.DEPT_APPROVED);
    }

    /** The registration data, as the reviewer saw it. */
    public ObservableList<String[]> facts() {
        return facts;
    }

    public ObjectProperty<ReviewFile> fileProperty() {
        return file;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** The bytes of a page for the viewer, images as stored and PDF pages rendered. */
    public byte[] picture(Page page, float dpi) {
        return pictures.apply(page, dpi);
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty noticeProperty() {
        return actions.notice();
    }

    public StringProperty errorProperty() {
        return actions.error();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<DepartmentOutcome> departmentOutcomeProperty() {
        return departmentOutcome;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty documentNoProperty() {
        return documentNo;
    }

    public StringProperty decisionNoteProperty() {
        return decisionNote;
    }

    public StringProperty replyNameProperty() {
        return replyName;
    }

    public StringProperty certificateNoProperty() {
        return certificateNo;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
    }

    public StringProperty evaluationInstitutionProperty() {
        return evaluationInstitution;
    }

    public StringProperty mappedProperty() {
        return mapped;
    }

    public Messages messages() {
        return messages;
    }
}
