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
import cn.bizhao.domain.review.ReviewHold;
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
import cn.bizhao.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 审核: one application side by side with its review: verdicts, the verification of the overseas
 * certificate, the route and module assessments, the opinion, and the conclusion for the supervisor.
 */
public final class ReviewFileViewModel {
    private static final DateTimeFormatter HELD_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObjectProperty<ReviewFile> file = new SimpleObjectProperty<>();
    private final ObservableList<String[]> facts = FXCollections.observableArrayList();
    private final ObservableList<String> reviewLines = FXCollections.observableArrayList();
    private final ObservableList<MaterialKind> materials = FXCollections.observableArrayList();
    private final ObservableList<SkillModule> modules = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty conclusion = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");

    private final ObjectProperty<MaterialKind> verdictMaterial = new SimpleObjectProperty<>();
    private final ObjectProperty<MaterialVerdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty verdictNote = new SimpleStringProperty("");
    private final ObjectProperty<VerificationMethod> method = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> checkedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<VerificationResult> result = new SimpleObjectProperty<>();
    private final StringProperty verificationNote = new SimpleStringProperty("");
    private final ObjectProperty<Route> route = new SimpleObjectProperty<>();
    private final StringProperty moduleNames = new SimpleStringProperty("");
    private final ObjectProperty<SkillModule> module = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> assessedOn = new SimpleObjectProperty<>();
    private final BooleanProperty passed = new SimpleBooleanProperty(true);
    private final StringProperty score = new SimpleStringProperty("");
    private final StringProperty assessor = new SimpleStringProperty("");
    private final StringProperty opinion = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");

    private final User reviewer;
    private final ReviewService reviews;
    private final TaskRunner tasks;
    private final FileActions actions;
    private final Messages messages;

    public ReviewFileViewModel(User reviewer, ReviewService reviews, TaskRunner tasks, Messages messages) {
        this.reviewer = reviewer;
        this.reviews = reviews;
        this.tasks = tasks;
        this.actions = new FileActions(tasks, messages);
        this.messages = messages;
        verdictMaterial.addListener((obs, old, now) -> showVerdict());
    }

    public void load(long id) {
        act(() -> reviews.open(reviewer, id), "");
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

    public void saveVerdict() {
        act(() -> reviews.recordVerdict(reviewer, id(), verdictMaterial.get(), verdict.get(), verdictNote.get()),
                messages.get("review.notice.verdict", verdictMaterial.get()));
    }

    public void saveVerification() {
        act(() -> reviews.recordVerification(reviewer, id(), method.get(), checkedOn.get(), result.get(),
                verificationNote.get()), messages.get("review.notice.saved"));
    }

    public void addEvidence(byte[] content, String mediaType) {
        act(() -> reviews.addEvidence(reviewer, id(), new PageUpload(content, mediaType)),
                messages.get("review.notice.evidence"));
    }

    public void saveRoute() {
        List<String> names = Arrays.stream(moduleNames.get().split("\\R")).toList();
        act(() -> reviews.chooseRoute(reviewer, id(), route.get(), names), messages.get("review.notice.saved"));
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

    public void saveOpinion() {
        // over the version shown: a change made meanwhile elsewhere is not overwritten, the text typed stays
        int seen = file.get().application().version();
        act(() -> reviews.saveOpinion(reviewer, id(), seen, opinion.get()), messages.get("review.notice.saved"));
    }

    public void conclude() {
        if (outcome.get() == null) {
            actions.error().set(messages.get("review.error.chooseOutcome"));
            return;
        }
        String done = messages.get(file.get().imported() ? "review.notice.concludedImported" : "review.notice.concluded");
        act(() -> reviews.conclude(reviewer, id(), outcome.get(), detail.get()), done);
    }

    /** Shows the document number in full; the service records that it was shown. */
    public void showFullNumber() {
        actions.run(() -> reviews.fullIdNumber(reviewer, id()), idNumber::set);
    }

    private long id() {
        return file.get().application().id();
    }

    private void act(Callable<ReviewFile> work, String done) {
        actions.act(work, done, this::show);
    }

    private void show(ReviewFile loaded) {
        file.set(loaded);
        Application application = loaded.application();
        Review review = loaded.review();
        facts.setAll(facts(application));
        idNumber.set(Masking.maskDocumentNumber(application.applicant().idNumber()));
        status.set(messages.get("review.status", messages.of(application.status()), nz(application.acceptanceNo())));
        materials.setAll(application.materials().stream().map(Material::kind).toList());
        if (verdictMaterial.get() == null || !materials.contains(verdictMaterial.get())) {
            verdictMaterial.set(materials.isEmpty() ? null : materials.get(0));
        }
        showVerdict();
        if (review.verification() != null) {
            method.set(review.verification().method());
            checkedOn.set(review.verification().checkedOn());
            result.set(review.verification().result());
            verificationNote.set(review.verification().note());
        } else if (checkedOn.get() == null) {
            checkedOn.set(LocalDate.now());
        }
        route.set(review.route());
        modules.setAll(review.modules());
        moduleNames.set(String.join("\n", review.modules().stream().map(SkillModule::name).toList()));
        if (module.get() == null || !modules.contains(module.get())) {
            module.set(review.modules().stream().filter(m -> review.latest(m.number()).map(a -> !a.passed()).orElse(true))
                    .findFirst().orElse(null));
        }
        if (assessedOn.get() == null) {
            assessedOn.set(LocalDate.now());
        }
        opinion.set(review.opinion());
        reviewLines.setAll(ReviewLines.of(review, materials, messages));
        conclusion.set(conclusionText(review.conclusion()));
    }

    private void showVerdict() {
        ReviewFile loaded = file.get();
        if (loaded == null || verdictMaterial.get() == null) {
            return;
        }
        loaded.review().verdict(verdictMaterial.get()).ifPresentOrElse(v -> {
            verdict.set(v.verdict());
            verdictNote.set(v.note());
        }, () -> {
            verdict.set(null);
            verdictNote.set("");
        });
    }

    private List<String[]> facts(Application application) {
        Applicant a = application.applicant();
        OverseasCertificate c = application.certificate();
        CatalogMapping mapping = c.catalogMapping();
        List<String[]> list = new ArrayList<>();
        list.add(fact("review.fact.name", a.name()));
        list.add(fact("review.fact.gender", a.gender() == null ? "" : messages.of(a.gender())));
        list.add(fact("review.fact.nationality", a.nationality()));
        list.add(fact("review.fact.idType", a.idType() == null ? "" : messages.of(a.idType())));
        list.add(fact("review.fact.employer", a.employer()));
        list.add(fact("review.fact.occupation", a.currentOccupation()));
        list.add(fact("review.fact.certificate", c.name()));
        list.add(fact("review.fact.certificateNumber", c.number()));
        list.add(fact("review.fact.issuer", c.issuingCountryAndBody()));
        list.add(fact("review.fact.projectLevel", nz(c.project()) + " / " + nz(c.level())));
        list.add(fact("review.fact.mapping", mapping == null ? "" : messages.get("review.fact.mapping.value",
                mapping.entry().occupation(), messages.of(mapping.entry().level()), mapping.catalogVersion(),
                mapping.entry().number())));
        list.add(fact("review.fact.clerk", application.clerk()));
        return list;
    }

    private String[] fact(String key, String value) {
        return new String[] {messages.get(key), nz(value)};
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
        return Bindings.createBooleanBinding(() -> file.get() != null
                && file.get().application().status() == ApplicationStatus.IN_REVIEW
                && !file.get().review().awaitsSupervisor(), file);
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

    public ObservableList<String> reviewLines() {
        return reviewLines;
    }

    public ObservableList<MaterialKind> materials() {
        return materials;
    }

    public ObservableList<SkillModule> modules() {
        return modules;
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

    public ObjectProperty<MaterialKind> verdictMaterialProperty() {
        return verdictMaterial;
    }

    public ObjectProperty<MaterialVerdict> verdictProperty() {
        return verdict;
    }

    public StringProperty verdictNoteProperty() {
        return verdictNote;
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
