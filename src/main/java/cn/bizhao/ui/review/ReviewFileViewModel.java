package cn.bizhao.ui.review;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.ReviewDraft;
import cn.bizhao.domain.review.ReviewGap;
import cn.bizhao.domain.review.ReviewHold;
import cn.bizhao.domain.review.ReviewIncompleteException;
import cn.bizhao.domain.review.ReviewPart;
import cn.bizhao.domain.review.ReviewProblem;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.service.review.ReviewFile;
import cn.bizhao.service.review.ReviewService;
import cn.bizhao.ui.common.Debouncer;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 审核: one application side by side with its review file, one form: a verdict for each material, the
 * verification of the overseas certificate, the route, the opinion and the conclusion. Everything
 * typed is kept as a draft after each pause; what is still missing ({@link ReviewDraft#missing}) is
 * named beside its part and listed where the reviewer submits. The material chosen is one for the
 * material list, 审核情况 and the page viewer alike.
 */
public final class ReviewFileViewModel {
    private static final DateTimeFormatter HELD_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObjectProperty<ReviewFile> file = new SimpleObjectProperty<>();
    private final ObservableList<String[]> facts = FXCollections.observableArrayList();
    private final ObservableList<ChecklistLine> checklist = FXCollections.observableArrayList();
    private final ObservableList<MaterialKind> materials = FXCollections.observableArrayList();
    private final ObservableList<SkillModule> modules = FXCollections.observableArrayList();
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final Map<ReviewPart, StringProperty> missingAt = new EnumMap<>(ReviewPart.class);
    private final StringProperty readiness = new SimpleStringProperty("");
    private final BooleanProperty complete = new SimpleBooleanProperty(false);
    private final StringProperty draftState = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty conclusion = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");

    private final Map<MaterialKind, ReviewDraft.Verdict> verdicts = new EnumMap<>(MaterialKind.class);
    private final ObjectProperty<MaterialKind> material = new SimpleObjectProperty<>();
    private final ObjectProperty<MaterialVerdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty verdictNote = new SimpleStringProperty("");
    private final ObjectProperty<VerificationMethod> method = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> checkedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<VerificationResult> result = new SimpleObjectProperty<>();
    private final StringProperty verificationNote = new SimpleStringProperty("");
    private final ObjectProperty<Route> route = new SimpleObjectProperty<>();
    private final StringProperty moduleNames = new SimpleStringProperty("");
    private final StringProperty opinion = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");

    private final ObjectProperty<SkillModule> module = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> assessedOn = new SimpleObjectProperty<>();
    private final BooleanProperty passed = new SimpleBooleanProperty(true);
    private final StringProperty score = new SimpleStringProperty("");
    private final StringProperty assessor = new SimpleStringProperty("");

    private final User reviewer;
    private final ReviewService reviews;
    private final TaskRunner tasks;
    private final Debouncer autosave;
    private final FileActions actions;
    private final Messages messages;
    private LocalDate today;
    private boolean loading;
    private boolean saving;
    private boolean saveAgain;
    private Runnable afterSaving;

    /** @param autosave when the draft is saved after typing: a pause in the window, at once in tests */
    public ReviewFileViewModel(User reviewer, ReviewService reviews, TaskRunner tasks, Debouncer autosave,
                               Messages messages) {
        this.reviewer = reviewer;
        this.reviews = reviews;
        this.tasks = tasks;
        this.autosave = autosave;
        this.actions = new FileActions(tasks, messages);
        this.messages = messages;
        for (ReviewPart part : ReviewPart.values()) {
            missingAt.put(part, new SimpleStringProperty(""));
        }
        material.addListener((obs, old, now) -> showVerdict());
        verdict.addListener((obs, old, now) -> typedVerdict());
        verdictNote.addListener((obs, old, now) -> typedVerdict());
        for (ObservableValue<?> field : List.of(method, checkedOn, result, verificationNote, route, moduleNames,
                opinion, outcome, detail)) {
            field.addListener((obs, old, now) -> changed());
        }
    }

    private record Opened(ReviewFile file, ReviewDraft draft, LocalDate today) {
    }

    public void load(long id) {
        actions.run(() -> new Opened(reviews.open(reviewer, id), reviews.draft(reviewer, id), reviews.today()), opened -> {
            today = opened.today();
            show(opened.file());
            fill(opened.draft());
        });
    }

    /** 领取: the file becomes this reviewer's; the others see who holds it. */
    public void take() {
        act(() -> reviews.take(reviewer, id()), messages.get("review.notice.taken"));
    }

    /** Hands the file back (a supervisor, or the reviewer holding it): nobody holds it afterwards. */
    public void handBack() {
        act(() -> reviews.handBack(reviewer, id()), messages.get("review.notice.handedBack"));
    }

    /** Who holds the file, as the screen says it; empty while nobody does. */
    public StringBinding holderText() {
        return Bindings.createStringBinding(() -> {
            ReviewFile shown = file.get();
            if (shown == null || !shown.hold().isTaken()) {
                return "";
            }
            return messages.get("review.heldBy", shown.hold().holderName(), HELD_SINCE.format(
                    shown.hold().since().atZone(reviews.zone())));
        }, file);
    }

    /** Nobody holds the file, and it waits for review or is in review. */
    public BooleanBinding canTake() {
        return Bindings.createBooleanBinding(() -> file.get() != null && !file.get().hold().isTaken()
                && ReviewHold.TAKEABLE.contains(file.get().application().status()), file);
    }

    /** Someone holds the file: a supervisor may hand it back, and so may the reviewer holding it. */
    public BooleanBinding canHandBack() {
        return Bindings.createBooleanBinding(() -> file.get() != null && file.get().hold().isTaken()
                && (file.get().hold().heldBy(reviewer.login()) || reviewer.roles().contains(Role.SUPERVISOR)), file);
    }

    public void start() {
        act(() -> reviews.start(reviewer, id()), messages.get("review.notice.started"));
    }

    public void addEvidence(byte[] content, String mediaType) {
        act(() -> reviews.addEvidence(reviewer, id(), new PageUpload(content, mediaType)),
                messages.get("review.notice.evidence"));
    }

    /** Sends the application to the assessment of the modules typed; the rest of the file stays as typed. */
    public void requireAssessment() {
        whenSaved(() -> {
            ReviewDraft typed = draft();
            int seen = version();
            act(() -> reviews.requireAssessment(reviewer, id(), seen, typed),
                    messages.get("review.notice.assessmentRequired"));
        });
    }

    public void recordAssessment() {
        SkillModule chosen = module.get();
        if (chosen == null) {
            actions.error().set(messages.get("review.error.chooseModule"));
            return;
        }
        BigDecimal value;
        try {
            value = score.get().isBlank() ? null : new BigDecimal(score.get().strip());
        } catch (NumberFormatException e) {
            actions.error().set(messages.get("error.review.scoreRange"));
            return;
        }
        act(() -> reviews.recordAssessment(reviewer, id(), chosen.number(), assessedOn.get(), passed.get(), value,
                assessor.get()), messages.get("review.notice.assessment"));
    }

    public void endAssessment() {
        act(() -> reviews.endAssessment(reviewer, id()), messages.get("review.notice.saved"));
    }

    /**
     * Submits the whole file as typed, whatever was saved before: the service records it with the
     * conclusion, or names every thing missing, which is then shown beside its part.
     */
    public void submit() {
        whenSaved(this::submitNow);
    }

    private void submitNow() {
        ReviewDraft typed = draft();
        String done = messages.get(file.get().imported() ? "review.notice.concludedImported" : "review.notice.concluded");
        actions.error().set("");
        // over the version shown: a change made meanwhile elsewhere is not overwritten, the form keeps what was typed
        int seen = version();
        tasks.run(() -> reviews.submit(reviewer, id(), seen, typed), submitted -> {
            show(submitted);
            fill(ReviewDraft.of(submitted.review()));
            actions.notice().set(done);
        }, failure -> {
            actions.notice().set("");
            if (failure instanceof ReviewIncompleteException incomplete) {
                showMissing(incomplete.gaps());
                actions.error().set(messages.get("review.error.missing", incomplete.gaps().size()));
            } else {
                actions.error().set(ErrorText.of(failure, messages));
            }
        });
    }

    /** Saves what is typed now, on this thread: when the window closes or the reviewer leaves the file. */
    public void saveNow() {
        autosave.flush();
        if (editable()) {
            try {
                reviews.saveDraft(reviewer, id(), version(), draft());
            } catch (RuntimeException e) {
                actions.error().set(ErrorText.of(e, messages));
            }
        }
    }

    /** Shows the document number in full; the service records that it was shown. */
    public void showFullNumber() {
        actions.run(() -> reviews.fullIdNumber(reviewer, id()), idNumber::set);
    }

    /** The review file as typed now. */
    public ReviewDraft draft() {
        return new ReviewDraft(verdicts, method.get(), checkedOn.get(), result.get(), verificationNote.get(),
                route.get(), Arrays.asList(moduleNames.get().split("\\R")), opinion.get(), outcome.get(), detail.get());
    }

    private long id() {
        return file.get().application().id();
    }

    /** The version of the file the screen shows, over which the reviewer's work is saved. */
    private int version() {
        return file.get().application().version();
    }

    /** In review, no conclusion pending, and nobody else holds the file (typing takes it when nobody does). */
    private boolean editable() {
        ReviewFile f = file.get();
        return f != null && f.application().status() == ApplicationStatus.IN_REVIEW && !f.review().awaitsSupervisor()
                && !f.hold().heldByAnother(reviewer.login());
    }

    private void act(Callable<ReviewFile> work, String done) {
        actions.act(work, done, this::show);
    }

    private void typedVerdict() {
        if (loading || material.get() == null) {
            return;
        }
        verdicts.put(material.get(), new ReviewDraft.Verdict(verdict.get(), verdictNote.get()));
        changed();
    }

    /** Something was typed: what is missing follows at once, the draft is saved after the pause. */
    private void changed() {
        if (loading || file.get() == null) {
            return;
        }
        recheck();
        if (editable()) {
            draftState.set(messages.get("review.draft.unsaved"));
            autosave.schedule(this::saveDraft);
        }
    }

    /** One save at a time, in order: a save asked while one runs follows it with the newest text. */
    private void saveDraft() {
        if (saving) {
            saveAgain = true;
            return;
        }
        saving = true;
        ReviewDraft typed = draft();
        long id = id();
        int seen = version();
        tasks.run(() -> reviews.saveDraft(reviewer, id, seen, typed), saved -> {
            followHold(saved);
            savedDraft(messages.get("review.draft.saved"));
        }, failure -> {
            savedDraft("");
            actions.error().set(ErrorText.of(failure, messages));
        });
    }

    /**
     * The first draft takes the file: who holds it and its version follow on the screen, without counting
     * what the screen shows again as typing (which would save the draft once more).
     */
    private void followHold(ReviewFile saved) {
        ReviewFile shown = file.get();
        if (shown != null && saved.application().version() == shown.application().version()
                && saved.hold().equals(shown.hold())) {
            return;
        }
        boolean was = loading;
        loading = true;
        try {
            show(saved);
        } finally {
            loading = was;
        }
    }

    private void savedDraft(String state) {
        saving = false;
        draftState.set(state);
        if (saveAgain) {
            saveAgain = false;
            saveDraft();
        } else if (afterSaving != null) {
            Runnable then = afterSaving;
            afterSaving = null;
            then.run();
        }
    }

    /**
     * Runs {@code then} once no save of the draft is under way, the waiting one dropped: {@code then}
     * takes the form as typed itself, and a save arriving after it could bring back an older draft.
     */
    private void whenSaved(Runnable then) {
        autosave.schedule(() -> { });
        autosave.flush();
        if (saving) {
            afterSaving = then;
        } else {
            then.run();
        }
    }

    private void show(ReviewFile loaded) {
        file.set(loaded);
        Application application = loaded.application();
        Review review = loaded.review();
        facts.setAll(FileFacts.of(application, messages));
        idNumber.set(Masking.maskDocumentNumber(application.applicant().idNumber()));
        status.set(messages.get("review.status", messages.of(application.status()), nz(application.acceptanceNo())));
        loading = true;
        try {
            materials.setAll(application.materials().stream().map(Material::kind).toList());
            if (material.get() == null || !materials.contains(material.get())) {
                material.set(materials.isEmpty() ? null : materials.get(0));
            }
            modules.setAll(review.modules());
            if (module.get() == null || !modules.contains(module.get())) {
                module.set(review.modules().stream()
                        .filter(m -> review.latest(m.number()).map(a -> !a.passed()).orElse(true))
                        .findFirst().orElse(null));
            }
            if (assessedOn.get() == null) {
                assessedOn.set(today);
            }
        } finally {
            loading = false;
        }
        showVerdict();
        conclusion.set(conclusionText(review.conclusion()));
        recheck();
    }

    /** Shows a draft in the form without counting it as typing. */
    private void fill(ReviewDraft draft) {
        loading = true;
        try {
            verdicts.clear();
            verdicts.putAll(draft.verdicts());
            method.set(draft.method());
            checkedOn.set(draft.checkedOn() == null ? today : draft.checkedOn());
            result.set(draft.result());
            verificationNote.set(draft.verificationNote());
            route.set(draft.route());
            moduleNames.set(String.join("\n", draft.modules()));
            opinion.set(draft.opinion());
            outcome.set(draft.outcome());
            detail.set(draft.detail());
        } finally {
            loading = false;
        }
        showVerdict();
        recheck();
    }

    private void showVerdict() {
        if (material.get() == null) {
            return;
        }
        ReviewDraft.Verdict typed = verdicts.getOrDefault(material.get(), new ReviewDraft.Verdict(null, ""));
        boolean was = loading;
        loading = true;
        try {
            verdict.set(typed.verdict());
            verdictNote.set(typed.note());
        } finally {
            loading = was;
        }
    }

    /** What is missing and 审核情况, from the form as typed. */
    private void recheck() {
        ReviewFile loaded = file.get();
        if (loaded == null) {
            return;
        }
        ReviewDraft typed = draft();
        List<ReviewGap> gaps = typed.missing(loaded.application(), loaded.review(), today);
        showMissing(gaps);
        checklist.setAll(ReviewChecklist.of(typed, loaded.review(), materials, gaps, messages));
    }

    private void showMissing(List<ReviewGap> gaps) {
        missing.setAll(gaps.stream().map(this::gapText).toList());
        for (ReviewPart part : ReviewPart.values()) {
            List<String> here = gaps.stream().filter(g -> g.part() == part).map(this::gapText).toList();
            missingAt.get(part).set(String.join("\n", here));
        }
        complete.set(gaps.isEmpty());
        readiness.set(gaps.isEmpty() ? messages.get("review.missing.none")
                : messages.get("review.missing.count", gaps.size()));
    }

    String gapText(ReviewGap gap) {
        if (gap.material() == null) {
            return messages.of(gap.problem());
        }
        return messages.get(gap.problem() == ReviewProblem.VERDICT_MISSING ? "review.gap.verdictMissing"
                : "review.gap.notValid", gap.material());
    }

    private String conclusionText(Conclusion c) {
        if (c == null) {
            return "";
        }
        String text = messages.get("review.conclusion.text", c.outcome(), c.state());
        if (c.supervisorNote() != null && !c.supervisorNote().isBlank()) {
            text += messages.get("review.conclusion.note", c.supervisorNote());
        }
        return text;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private BooleanBinding statusIs(ApplicationStatus wanted) {
        return Bindings.createBooleanBinding(() -> file.get() != null && file.get().application().status() == wanted, file);
    }

    public BooleanBinding canStart() {
        return statusIs(ApplicationStatus.ACCEPTED);
    }

    /** The review may be changed: in review and no conclusion waiting for the supervisor. */
    public BooleanBinding canEdit() {
        return Bindings.createBooleanBinding(this::editable, file);
    }

    public BooleanBinding inAssessment() {
        return statusIs(ApplicationStatus.ASSESSMENT_REQUIRED);
    }

    public ObjectProperty<ReviewFile> fileProperty() {
        return file;
    }

    public ObservableList<String[]> facts() {
        return facts;
    }

    /** 审核情况: a line per material and per part, from the form as typed. */
    public ObservableList<ChecklistLine> checklist() {
        return checklist;
    }

    public ObservableList<MaterialKind> materials() {
        return materials;
    }

    public ObservableList<SkillModule> modules() {
        return modules;
    }

    /** Every thing still missing, named, for where the reviewer submits. */
    public ObservableList<String> missing() {
        return missing;
    }

    /** What is missing in one part of the file, one a line; empty when nothing is. */
    public StringProperty missingProperty(ReviewPart part) {
        return missingAt.get(part);
    }

    /** Says plainly that nothing is missing, or how many things are. */
    public StringProperty readinessProperty() {
        return readiness;
    }

    public BooleanProperty completeProperty() {
        return complete;
    }

    /** Whether what is typed has been kept as a draft. */
    public StringProperty draftStateProperty() {
        return draftState;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty conclusionProperty() {
        return conclusion;
    }

    public StringProperty noticeProperty() {
        return actions.notice();
    }

    public StringProperty errorProperty() {
        return actions.error();
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    /** The material chosen: for its verdict, its line of 审核情况 and its pages. */
    public ObjectProperty<MaterialKind> materialProperty() {
        return material;
    }

    public ObjectProperty<MaterialVerdict> verdictProperty() {
        return verdict;
    }

    public StringProperty verdictNoteProperty() {
        return verdictNote;
    }

    /** The verdict typed for a material, for the material list. */
    public ReviewDraft.Verdict verdictOf(MaterialKind kind) {
        return verdicts.getOrDefault(kind, new ReviewDraft.Verdict(null, ""));
    }

    public ObjectProperty<VerificationMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<LocalDate> checkedOnProperty() {
        return checkedOn;
    }

    public ObjectProperty<VerificationResult> resultProperty() {
        return result;
    }

    public StringProperty verificationNoteProperty() {
        return verificationNote;
    }

    public ObjectProperty<Route> routeProperty() {
        return route;
    }

    public StringProperty moduleNamesProperty() {
        return moduleNames;
    }

    public ObjectProperty<SkillModule> moduleProperty() {
        return module;
    }

    public ObjectProperty<LocalDate> assessedOnProperty() {
        return assessedOn;
    }

    public BooleanProperty passedProperty() {
        return passed;
    }

    public StringProperty scoreProperty() {
        return score;
    }

    public StringProperty assessorProperty() {
        return assessor;
    }

    public StringProperty opinionProperty() {
        return opinion;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** The bytes of a page for the viewer, images as stored and PDF pages rendered. */
    public byte[] picture(Page page, float dpi) {
        return reviews.pagePicture(page, dpi);
    }
}
