package cn.bizhao.ui.intake;

import cn.bizhao.domain.ConcurrentChangeException;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.IntakeChecklist;
import cn.bizhao.domain.application.IntakeItem;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.catalog.CatalogMatch;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.ui.common.Debouncer;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.document.DocumentPreviewViewModel;
import cn.bizhao.ui.intake.CertificateFormViewModel.Comparison;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 新建受理: the five steps of an intake over one draft, the live checklist of what is still
 * missing, the autosave of what is typed, and the duplicate check.
 */
public final class IntakeWizardViewModel {
    private final ObjectProperty<IntakeStep> step = new SimpleObjectProperty<>(IntakeStep.APPLICANT);
    private final ObjectProperty<IntakeChecklist> checklist = new SimpleObjectProperty<>();
    private final ObservableList<ChecklistEntry> missing = FXCollections.observableArrayList();
    private final ObservableList<Application> duplicates = FXCollections.observableArrayList();
    private final BooleanProperty formValid = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper draftState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper duplicateText = new ReadOnlyStringWrapper("");
    private final IntakeContext context;
    private final IntakeService intake;
    private final Messages messages;
    private final IntakeDraft draft;
    private final IntakeCamera camera;
    private final Debouncer autosave;
    private final ApplicantFormViewModel applicant;
    private final CertificateFormViewModel certificate;
    private final PhotoStepViewModel photo;
    private final MaterialsStepViewModel materials;
    private final ReviewStepViewModel review;
    private final IntakeExits exits;
    private final ReadOnlyBooleanWrapper conflicted = new ReadOnlyBooleanWrapper(false);
    private boolean unsaved;
    /** The version to save over once the clerk chose to keep theirs after a refused save. */
    private Integer conflictVersion;
    private int pendingVersion;

    public IntakeWizardViewModel(IntakeContext context, IntakeExits exits) {
        this.context = context;
        this.intake = context.intake();
        this.messages = context.messages();
        this.exits = exits;
        this.autosave = context.debouncers().get();
        this.draft = new IntakeDraft(intake, context.clerk(), context.tasks(), this::failed, autosave::flush);
        this.camera = new IntakeCamera(context.capture());
        this.applicant = new ApplicantFormViewModel(intake::checkIdNumber, messages, this::typed);
        this.certificate = new CertificateFormViewModel(context.catalog().current(), messages, this::typed,
                this::compare);
        this.photo = new PhotoStepViewModel(draft, intake, context.capture(), camera, context.debouncers().get(),
                context.dialogs(), messages);
        this.materials = new MaterialsStepViewModel(draft, intake, context.capture(), camera, context.dialogs(),
                messages, applicant::applicant);
        this.review = new ReviewStepViewModel(draft, intake, context.documents(), preview(), preview(), messages,
                checklist, formValid, duplicates::setAll);
        draft.applicationProperty().addListener((obs, old, now) -> stored(now));
        review.pledgeProperty().addListener(obs -> updateChecklist());
        duplicates.addListener((javafx.collections.ListChangeListener<Application>) c -> describeDuplicates());
        updateChecklist();
    }

    private DocumentPreviewViewModel preview() {
        return new DocumentPreviewViewModel(context.printing(), context.clerk(), context.tasks(), context.dialogs(),
                messages);
    }

    /** Continues a stored application on the step of its first missing item. */
    public void open(Application stored) {
        draft.open(stored);
        applicant.load(stored.applicant());
        certificate.load(stored.certificate());
        photo.load(stored);
        materials.refreshRows();
        materials.showPages(stored);
        updateChecklist();
        goTo(firstStepMissing());
    }

    /** The clerk typed: the checklist follows at once, the draft is saved after a short pause. */
    private void typed() {
        unsaved = true;
        updateChecklist();
        materials.refreshRows();
        autosave.schedule(this::save);
    }

    /**
     * Saves what was typed over the version this screen last stored or read. When another station has
     * changed the application since, nothing is saved: the message names who and when, what was typed
     * stays in the fields, and the clerk chooses to keep theirs ({@link #saveMine}) or take the other
     * ({@link #reloadStored}).
     */
    private void save() {
        if (!unsaved) {
            return;
        }
        unsaved = false;
        Applicant typedApplicant = applicant.applicant();
        OverseasCertificate typedCertificate = certificate.certificate(null);
        draft.submitOver(stored -> intake.saveForm(context.clerk(), stored.id(),
                conflictVersion != null ? conflictVersion : stored.version(), typedApplicant, typedCertificate),
                saved -> resolved(), this::saveFailed);
    }

    private void saveFailed(Exception failure) {
        if (failure instanceof ConcurrentChangeException changed) {
            // what was typed is not saved: it stays in the fields and is saved again once the clerk chooses
            unsaved = true;
            conflictVersion = null;
            conflicted.set(true);
            pendingVersion = changed.currentVersion();
        }
        failed(failure);
    }

    private void resolved() {
        conflictVersion = null;
        if (conflicted.get()) {
            conflicted.set(false);
            message.set("");
        }
    }

    /** After a refused save: saves what this clerk typed over the other station's change. */
    public void saveMine() {
        if (!conflicted.get()) {
            return;
        }
        conflictVersion = pendingVersion;
        unsaved = true;
        save();
    }

    /** After a refused save: drops what this clerk typed and shows the application as now stored. */
    public void reloadStored() {
        Application stored = draft.application();
        if (!conflicted.get() || stored == null) {
            return;
        }
        unsaved = false;
        draft.submit(id -> intake.find(id), now -> {
            resolved();
            applicant.load(now.applicant());
            certificate.load(now.certificate());
            photo.load(now);
            materials.refreshRows();
            materials.showPages(now);
            unsaved = false;
            updateChecklist();
        });
    }

    /**
     * Saves what was typed now, on this thread: when the window closes there is no time for the
     * pause, and at most the field being typed may be lost. A change made meanwhile on another
     * station is not overwritten.
     */
    public void saveNow() {
        if (!unsaved || isFinished() || conflicted.get()) {
            return;
        }
        unsaved = false;
        Application stored = draft.application();
        if (stored == null) {
            stored = intake.startDraft(context.clerk());
        }
        intake.saveForm(context.clerk(), stored.id(), stored.version(), applicant.applicant(),
                certificate.certificate(null));
    }

    private void compare(Comparison c) {
        Application stored = draft.application();
        boolean mappingStored = stored != null && stored.certificate().catalogMapping() != null;
        if (!c.show() && !mappingStored) {
            return;
        }
        draft.submit(id -> intake.compare(context.clerk(), id, c.region(), c.project(), c.level()), match -> {
            if (c.show()) {
                certificate.compared(match);
            }
        });
    }

    private void stored(Application now) {
        if (now == null) {
            return;
        }
        draftState.set(messages.get("intake.draftState", messages.of(now.status()),
                now.acceptanceNo() == null ? messages.get("intake.draftNumber", now.id()) : now.acceptanceNo()));
        // a save that changed the certificate's project, level or issuer drops the stored mapping: compare again
        if (now.certificate().catalogMapping() == null && certificate.matchProperty().get() instanceof CatalogMatch.Matched
                && now.status() == ApplicationStatus.DRAFT) {
            compare(new Comparison(certificate.regionProperty().get(), certificate.catalogProjectProperty().get(),
                    certificate.catalogLevelProperty().get(), true));
        }
        updateChecklist();
        if (now.applicant().idNumber() != null && now.certificate().catalogMapping() != null && !isFinished()) {
            draft.read(() -> intake.openDuplicatesOf(now), duplicates::setAll);
        }
    }

    /** The checklist of the form as typed now, with what is stored (photo, pages, comparison). */
    private void updateChecklist() {
        Application stored = draft.application();
        CatalogMapping mapping = stored == null ? null : stored.certificate().catalogMapping();
        Application shown = new Application(stored == null ? 0 : stored.id(), null, ApplicationStatus.DRAFT,
                applicant.applicant(), certificate.certificate(mapping), stored == null ? null : stored.photoSha256(),
                stored == null ? List.of() : stored.materials(), context.clerk().login(), null, null);
        IntakeChecklist now = intake.checklist(shown, review.pledgeProperty().get());
        checklist.set(now);
        List<ChecklistEntry> entries = new ArrayList<>();
        List<String> invalid = applicant.invalidFields();
        formValid.set(invalid.isEmpty());
        for (String field : invalid) {
            entries.add(new ChecklistEntry(messages.get("intake.checklist.invalid", field), IntakeStep.APPLICANT));
        }
        for (IntakeItem item : now.missingItems()) {
            entries.add(new ChecklistEntry(messages.of(item), IntakeStep.of(item)));
        }
        for (MaterialKind kind : now.missingMaterials()) {
            entries.add(new ChecklistEntry(messages.of(kind), IntakeStep.MATERIALS));
        }
        if (!entries.equals(missing)) {
            missing.setAll(entries);
        }
    }

    private void describeDuplicates() {
        if (duplicates.isEmpty()) {
            duplicateText.set("");
            return;
        }
        Application first = duplicates.get(0);
        duplicateText.set(messages.get("intake.duplicate", first.acceptanceNo() == null
                ? messages.get("intake.draftNumber", first.id()) : first.acceptanceNo(), messages.of(first.status())));
    }

    /** Opens the application this one duplicates. */
    public void openDuplicate() {
        if (!duplicates.isEmpty()) {
            exits.openExisting(duplicates.get(0));
        }
    }

    private IntakeStep firstStepMissing() {
        IntakeChecklist now = checklist.get();
        IntakeStep first = formValid.get() ? IntakeStep.REVIEW : IntakeStep.APPLICANT;
        for (IntakeItem item : now.missingItems()) {
            if (item != IntakeItem.PLEDGE && IntakeStep.of(item).compareTo(first) < 0) {
                first = IntakeStep.of(item);
            }
        }
        if (!now.missingMaterials().isEmpty() && IntakeStep.MATERIALS.compareTo(first) < 0) {
            first = IntakeStep.MATERIALS;
        }
        return first;
    }

    public void goTo(IntakeStep target) {
        autosave.flush();
        message.set("");
        step.set(target);
        if (target == IntakeStep.REVIEW && !isFinished()) {
            review.showForm();
        }
    }

    public void next() {
        goTo(step.get().next());
    }

    public void previous() {
        goTo(step.get().previous());
    }

    /** The not-in-catalogue path: keep the draft for later, or give the one-time notice now. */
    public void sendNoticeNow() {
        goTo(IntakeStep.REVIEW);
        review.sendNotice();
    }

    /** Keeps the draft as it is and goes back to the workbench, where it is listed. */
    public void keepDraft() {
        autosave.flush();
        exits.toWorkbench();
    }

    /** After acceptance or notice: the next applicant. */
    public void startNext() {
        exits.startNew();
    }

    /** Leaving the wizard: what was typed is saved, the camera released, the pictures let go. */
    public void leave() {
        autosave.flush();
        draft.read(() -> {
            camera.close();
            return Boolean.TRUE;
        }, closed -> materials.clear());
        review.form().clear();
    }

    private boolean isFinished() {
        return review.outcomeProperty().get() != null;
    }

    private void failed(Exception failure) {
        message.set(ErrorText.of(failure, messages));
    }

    public ObjectProperty<IntakeStep> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<IntakeChecklist> checklistProperty() {
        return checklist;
    }

    public ObservableList<ChecklistEntry> missing() {
        return missing;
    }

    public ObservableList<Application> duplicates() {
        return duplicates;
    }

    public ReadOnlyStringProperty duplicateTextProperty() {
        return duplicateText.getReadOnlyProperty();
    }

    /** A save was refused because another station changed the application: the clerk chooses what stays. */
    public ReadOnlyBooleanProperty conflictedProperty() {
        return conflicted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Which application this is and where it stands (草稿 · 暂存号 12, 已受理 · 受理编号 ...). */
    public ReadOnlyStringProperty draftStateProperty() {
        return draftState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Application> applicationProperty() {
        return draft.applicationProperty();
    }

    public ApplicantFormViewModel applicant() {
        return applicant;
    }

    public CertificateFormViewModel certificate() {
        return certificate;
    }

    public PhotoStepViewModel photo() {
        return photo;
    }

    public MaterialsStepViewModel materials() {
        return materials;
    }

    public ReviewStepViewModel review() {
        return review;
    }

    public Messages messages() {
        return messages;
    }
}
