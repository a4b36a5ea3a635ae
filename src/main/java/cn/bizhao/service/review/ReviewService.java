package cn.bizhao.service.review;

import cn.bizhao.documents.preview.PagePreview;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.application.StatusMachine;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.review.CertificateVerification;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.MaterialReview;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.ModuleAssessment;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.ReviewDraft;
import cn.bizhao.domain.review.ReviewGap;
import cn.bizhao.domain.review.ReviewHold;
import cn.bizhao.domain.review.ReviewIncompleteException;
import cn.bizhao.domain.review.ReviewProblem;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.change.ChangeMapper;
import cn.bizhao.persistence.review.AssessmentRow;
import cn.bizhao.persistence.review.ConclusionRow;
import cn.bizhao.persistence.review.EvidenceRow;
import cn.bizhao.persistence.review.ModuleRow;
import cn.bizhao.persistence.review.ReviewDraftRow;
import cn.bizhao.persistence.review.VerdictDraftRow;
import cn.bizhao.persistence.review.ReviewMapper;
import cn.bizhao.persistence.review.VerdictRow;
import cn.bizhao.persistence.review.VerificationRow;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.application.FullNumbers;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.change.ChangeTracker;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.intake.PageUpload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * 材料审核 (notice 三(二), 四(一)): the reviewer's worklist, verdicts on the materials, the
 * verification of the overseas certificate, the route and the module assessments, the institution's
 * opinion, and the conclusion proposed to the supervisor. Every change is audited with its fields
 * before and after; status changes go through the state machine.
 */
public final class ReviewService {
    private static final int MAX_MODULES = 20;

    private final Transactions transactions;
    private final FileStore files;
    private final AuditTrail audit;
    private final StatusChanges statuses;
    private final ChangeTracker changes;
    private final Clock clock;
    private final PagePreview preview = new PagePreview();

    public ReviewService(Transactions transactions, FileStore files, AuditTrail audit, ChangeTracker changes,
                         Clock clock) {
        this.transactions = transactions;
        this.changes = changes;
        this.files = files;
        this.audit = audit;
        this.statuses = new StatusChanges(audit, clock);
        this.clock = clock;
    }

    /** 待审核: applications in the filter's statuses, document numbers masked. */
    public List<WorkItem> worklist(User reviewer, ReviewFilter filter) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reviewer, Permission.REVIEW);
            return Worklists.search(uow, filter, false, clock);
        });
    }

    /** The station's time zone, in which the screen says since when a file is held. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The application with its review so far. */
    public ReviewFile open(User reviewer, long id) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reviewer, Permission.REVIEW);
            return ReviewFiles.file(uow, id);
        });
    }

    /** The document number in full, for the person at the screen; recorded in the audit trail. */
    public String fullIdNumber(User reviewer, long id) {
        return transactions.inTransaction(uow -> FullNumbers.show(uow, audit, reviewer, Permission.REVIEW, id));
    }

    /** 开始审核: ACCEPTED becomes IN_REVIEW, and the file is the reviewer's (taken, when nobody held it). */
    public ReviewFile start(User reviewer, long id) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reviewer, Permission.REVIEW);
            hold(uow, reviewer, id);
            statuses.move(uow, reviewer, id, StatusAction.START_REVIEW, "");
            return ReviewFiles.file(uow, id);
        });
    }

    /**
     * 领取: the reviewer takes the file from the worklist; the others see who holds it and cannot change
     * its review. Taking a file one already holds changes nothing.
     *
     * @throws DomainException naming who holds it and since when, when another reviewer does
     */
    public ReviewFile take(User reviewer, long id) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reviewer, Permission.REVIEW);
            hold(uow, reviewer, id);
            return ReviewFiles.file(uow, id);
        });
    }

    /**
     * Hands the file back (nobody holds it afterwards): a supervisor, for a reviewer who is away, or the
     * reviewer holding it. Audited with whom it was taken from.
     */
    public ReviewFile handBack(User actor, long id) {
        return transactions.inTransaction(uow -> {
            ReviewHold hold = ReviewFiles.hold(uow, id);
            Actors.require(uow, actor, hold.heldBy(actor.login()) ? Permission.REVIEW : Permission.SUPERVISE);
            StatusChanges.load(uow, id);
            ChangeTracker.count(uow);
            if (hold.isTaken() && uow.mapper(ChangeMapper.class).release(id, actor.login(), clock.instant()) == 1) {
                audit.record(uow, actor.login(), AuditAction.REVIEW_HANDED_BACK, id, "from " + hold.login());
            }
            return ReviewFiles.file(uow, id);
        });
    }

    /** Makes the file the reviewer's: taken when nobody holds it, refused when another reviewer does. */
    private void hold(UnitOfWork uow, User reviewer, long id) {
        ChangeTracker.count(uow);
        Application application = StatusChanges.load(uow, id);
        ReviewHold hold = ReviewFiles.hold(uow, id);
        if (hold.heldBy(reviewer.login())) {
            return;
        }
        if (hold.heldByAnother(reviewer.login())) {
            throw new DomainException("error.review.takenByAnother", hold.holderName(), changes.shown(hold.since()));
        }
        if (!ReviewHold.TAKEABLE.contains(application.status())) {
            throw new DomainException("error.review.notTakeable", application.status());
        }
        if (uow.mapper(ChangeMapper.class).take(id, reviewer.login(), clock.instant()) != 1) {
            // another reviewer took it between our reading and our taking
            ReviewHold now = ReviewFiles.hold(uow, id);
            throw new DomainException("error.review.takenByAnother", now.holderName(),
                    now.since() == null ? "" : changes.shown(now.since()));
        }
        audit.record(uow, reviewer.login(), AuditAction.REVIEW_TAKEN, id, "");
    }

    public ReviewFile recordVerdict(User reviewer, long id, MaterialKind kind, MaterialVerdict verdict, String note) {
        TextField.VERDICT_NOTE.require(note);
        return edit(reviewer, id, (uow, application, review) -> verdict(uow, reviewer, application, review, kind,
                verdict, note));
    }

    public ReviewFile recordVerification(User reviewer, long id, VerificationMethod method, LocalDate checkedOn,
                                         VerificationResult result, String note) {
        if (method == null || checkedOn == null || result == null) {
            throw new DomainException("error.review.verificationIncomplete");
        }
        TextField.VERIFICATION_NOTE.require(note);
        if (checkedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("error.review.dateInFuture");
        }
        return edit(reviewer, id, (uow, application, review) -> verification(uow, reviewer, id, method, checkedOn,
                result, note));
    }

    private Changes verdict(UnitOfWork uow, User reviewer, Application application, Review review, MaterialKind kind,
                            MaterialVerdict verdict, String note) {
        long id = application.id();
        if (application.materials().stream().noneMatch(m -> m.kind() == kind)) {
            throw new DomainException("error.review.noSuchMaterial", kind);
        }
        ReviewMapper reviews = uow.mapper(ReviewMapper.class);
        Optional<MaterialReview> before = review.verdict(kind);
        VerdictRow row = VerdictRow.of(id, new MaterialReview(kind, verdict, note, reviewer.login(), clock.instant()));
        reviews.deleteVerdict(id, kind);
        reviews.insertVerdict(row);
        return Changes.of("verdict " + kind)
                .field("verdict", before.map(MaterialReview::verdict).orElse(null), verdict)
                .field("note", before.map(MaterialReview::note).orElse(null), row.note);
    }

    private Changes verification(UnitOfWork uow, User reviewer, long id, VerificationMethod method,
                                 LocalDate checkedOn, VerificationResult result, String note) {
        ReviewMapper reviews = uow.mapper(ReviewMapper.class);
        VerificationRow before = reviews.verification(id);
        VerificationRow row = VerificationRow.of(id, new CertificateVerification(method, checkedOn, result, note,
                List.of(), reviewer.login(), clock.instant()));
        reviews.deleteVerification(id);
        reviews.insertVerification(row);
        return Changes.of("verification")
                .field("method", before == null ? null : before.method, method)
                .field("checkedOn", before == null ? null : before.checkedOn, checkedOn)
                .field("result", before == null ? null : before.result, result)
                .field("note", before == null ? null : before.note, row.note);
    }

    /**
     * The review file as the reviewer left it: the draft kept by {@link #saveDraft}, or, when there is
     * none, what the review has recorded.
     */
    public ReviewDraft draft(User reviewer, long id) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reviewer, Permission.REVIEW);
            ReviewMapper reviews = uow.mapper(ReviewMapper.class);
            ReviewDraftRow row = reviews.draft(id);
            return row == null ? ReviewDraft.of(ReviewFiles.review(uow, id)) : row.toDraft(reviews.draftVerdicts(id));
        });
    }

    /**
     * Keeps the review file as typed so far, whole, so nothing is lost when the window closes; the
     * recorded review does not change, and a draft is not audited (its submission is).
     */
    public ReviewFile saveDraft(User reviewer, long id, ReviewDraft draft) {
        return saveDraft(reviewer, id, null, draft);
    }

    /**
     * As {@link #saveDraft(User, long, ReviewDraft)}, over the version of the file the screen shows: only
     * the reviewer holding the file keeps a draft (the first one typed takes it), and nothing is kept when
     * the file has been changed elsewhere since; the screen keeps what was typed.
     *
     * @return the file as it is now (held by the reviewer, its version raised when it was just taken)
     * @throws cn.bizhao.domain.ConcurrentChangeException naming who changed it and when
     * @throws DomainException naming who holds the file, when another reviewer does
     */
    public ReviewFile saveDraft(User reviewer, long id, int seenVersion, ReviewDraft draft) {
        return saveDraft(reviewer, id, Integer.valueOf(seenVersion), draft);
    }

    private ReviewFile saveDraft(User reviewer, long id, Integer seenVersion, ReviewDraft draft) {
        draft.requireWithinLimits();
        return transactions.inTransaction(uow -> {
            editable(uow, reviewer, id);
            if (seenVersion != null) {
                changes.requireUnchanged(uow, id, seenVersion);
            }
            hold(uow, reviewer, id);
            keep(uow.mapper(ReviewMapper.class), reviewer, id, draft);
            return ReviewFiles.file(uow, id);
        });
    }

    private void keep(ReviewMapper reviews, User reviewer, long id, ReviewDraft draft) {
        discard(reviews, id);
        reviews.insertDraft(ReviewDraftRow.of(id, draft, reviewer.login(), clock.instant()));
        draft.verdicts().forEach((kind, v) -> reviews.insertDraftVerdict(
                VerdictDraftRow.of(id, kind, v.verdict(), v.note())));
    }

    private static void discard(ReviewMapper reviews, long id) {
        reviews.deleteDraftVerdicts(id);
        reviews.deleteDraft(id);
    }

    /** The station's date, for what the review file checks as the reviewer types. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Submits the review file as one piece of work: the draft is kept, and when nothing is missing
     * ({@link ReviewDraft#missing}) the verdicts, the verification, the direct route and the opinion
     * as typed are recorded (each change audited) together with the conclusion for the supervisor.
     *
     * @throws ReviewIncompleteException naming every thing missing, with its place
     */
    public ReviewFile submit(User reviewer, long id, ReviewDraft draft) {
        return submit(reviewer, id, null, draft);
    }

    /**
     * As {@link #submit(User, long, ReviewDraft)}, over the version of the file the screen shows: refused,
     * with nothing recorded, when the file has been changed elsewhere since or another reviewer holds it.
     *
     * @throws cn.bizhao.domain.ConcurrentChangeException naming who changed it and when
     */
    public ReviewFile submit(User reviewer, long id, int seenVersion, ReviewDraft draft) {
        return submit(reviewer, id, Integer.valueOf(seenVersion), draft);
    }

    private ReviewFile submit(User reviewer, long id, Integer seenVersion, ReviewDraft draft) {
        // the draft first, kept even when something is missing; taking the file raises its version
        int kept = saveDraft(reviewer, id, seenVersion, draft).application().version();
        if (draft.outcome() == null) {
            throw ReviewIncompleteException.of(List.of(new ReviewGap(ReviewProblem.NO_OUTCOME, null)));
        }
        return transactions.inTransaction(uow -> {
            Application application = editable(uow, reviewer, id);
            changes.touch(uow, id, kept, reviewer);
            hold(uow, reviewer, id);
            StatusMachine.apply(application.status(), draft.outcome().action());
            Review review = ReviewFiles.review(uow, id);
            List<ReviewGap> gaps = draft.missing(application, review, LocalDate.now(clock));
            if (!gaps.isEmpty()) {
                throw ReviewIncompleteException.of(gaps);
            }
            for (MaterialKind kind : application.materials().stream().map(m -> m.kind()).toList()) {
                Optional<MaterialReview> before = review.verdict(kind);
                ReviewDraft.Verdict typed = draft.verdict(kind);
                if (typed.verdict() != null && (before.isEmpty() || before.get().verdict() != typed.verdict()
                        || !before.get().note().equals(typed.note()))) {
                    audited(uow, reviewer, id, verdict(uow, reviewer, application, review, kind, typed.verdict(),
                            typed.note()));
                }
            }
            CertificateVerification recorded = review.verification();
            if (draft.verificationComplete() && (recorded == null || recorded.method() != draft.method()
                    || !recorded.checkedOn().equals(draft.checkedOn()) || recorded.result() != draft.result()
                    || !recorded.note().equals(draft.verificationNote()))) {
                audited(uow, reviewer, id, verification(uow, reviewer, id, draft.method(), draft.checkedOn(),
                        draft.result(), draft.verificationNote()));
            }
            if (draft.route() == Route.DIRECT && review.route() != Route.DIRECT) {
                route(uow, reviewer, id, review, Route.DIRECT, List.of());
            }
            if (!draft.opinion().equals(review.opinion())) {
                Route route = ReviewFiles.review(uow, id).route();
                save(uow, reviewer, id, route, draft.opinion());
                audited(uow, reviewer, id, Changes.of("opinion").field("opinion", review.opinion(), draft.opinion()));
            }
            insertConclusion(uow, reviewer, id, draft.outcome(), draft.detail());
            discard(uow.mapper(ReviewMapper.class), id);
            return ReviewFiles.file(uow, id);
        });
    }

    /**
     * Sends the application to the assessment of the modules typed in the draft (IN_REVIEW to
     * ASSESSMENT_REQUIRED); the rest of the draft is kept for after the assessment.
     */
    public ReviewFile requireAssessment(User reviewer, long id, ReviewDraft draft) {
        saveDraft(reviewer, id, draft);
        return chooseRoute(reviewer, id, Route.MODULE_ASSESSMENT, draft.modules());
    }

    /** As {@link #requireAssessment(User, long, ReviewDraft)}, refused when the file changed elsewhere since. */
    public ReviewFile requireAssessment(User reviewer, long id, int seenVersion, ReviewDraft draft) {
        saveDraft(reviewer, id, seenVersion, draft);
        return chooseRoute(reviewer, id, Route.MODULE_ASSESSMENT, draft.modules());
    }

    private void audited(UnitOfWork uow, User reviewer, long id, Changes changes) {
        if (!changes.isEmpty()) {
            audit.record(uow, reviewer.login(), AuditAction.APPLICATION_EDITED, id, changes.toString());
        }
    }

    /** Adds an evidence page (a register printout, the reply letter) to the verification. */
    public ReviewFile addEvidence(User reviewer, long id, PageUpload upload) {
        return edit(reviewer, id, (uow, application, review) -> {
            ReviewMapper reviews = uow.mapper(ReviewMapper.class);
            if (reviews.verification(id) == null) {
                throw new DomainException("error.review.verificationFirst");
            }
            EvidenceRow row = EvidenceRow.of(id, reviews.evidence(id).size() + 1,
                    files.store(uow, upload.content(), upload.mediaType()), upload.mediaType(), upload.content().length);
            reviews.insertEvidence(row);
            return Changes.of("verification evidence").field("page " + row.sequenceNo, null, row.sha256);
        });
    }

    /**
     * 比照认定方式: direct recognition, or module assessment of the modules named, which sends the
     * application to assessment (IN_REVIEW to ASSESSMENT_REQUIRED). Choosing modules again starts
     * their assessment afresh.
     */
    public ReviewFile chooseRoute(User reviewer, long id, Route route, List<String> moduleNames) {
        List<String> names = moduleNames == null ? List.of()
                : moduleNames.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (route == null) {
            throw new DomainException("error.review.routeRequired");
        }
        if (route == Route.MODULE_ASSESSMENT && (names.isEmpty() || names.size() > MAX_MODULES)) {
            throw new DomainException("error.review.modulesRequired", MAX_MODULES);
        }
        names.forEach(TextField.MODULE_NAME::require);
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reviewer, Permission.REVIEW);
            Application application = StatusChanges.load(uow, id);
            if (route == Route.MODULE_ASSESSMENT) {
                statuses.check(uow, reviewer, application, StatusAction.REQUIRE_ASSESSMENT);
            }
            requireEditable(uow, application);
            hold(uow, reviewer, id);
            changes.touch(uow, id, reviewer);
            route(uow, reviewer, id, ReviewFiles.review(uow, id), route, names);
            if (route == Route.MODULE_ASSESSMENT) {
                statuses.move(uow, reviewer, id, StatusAction.REQUIRE_ASSESSMENT, String.join(" / ", names));
            }
            return ReviewFiles.file(uow, id);
        });
    }

    private void route(UnitOfWork uow, User reviewer, long id, Review review, Route route, List<String> names) {
        ReviewMapper reviews = uow.mapper(ReviewMapper.class);
        List<String> before = review.modules().stream().map(SkillModule::name).toList();
        save(uow, reviewer, id, route, review.opinion());
        reviews.deleteAssessments(id);
        reviews.deleteModules(id);
        for (int i = 0; i < names.size() && route == Route.MODULE_ASSESSMENT; i++) {
            reviews.insertModule(ModuleRow.of(id, new SkillModule(i + 1, names.get(i))));
        }
        audit.record(uow, reviewer.login(), AuditAction.APPLICATION_EDITED, id, Changes.of("route")
                .field("route", review.route(), route)
                .field("modules", String.join(" / ", before),
                        String.join(" / ", route == Route.MODULE_ASSESSMENT ? names : List.of())).toString());
    }

    /**
     * The result of one module's assessment. When every module's latest result is a pass, the
     * application returns to review (RECORD_ASSESSMENT).
     */
    public ReviewFile recordAssessment(User reviewer, long id, int moduleNumber, LocalDate assessedOn, boolean passed,
                                       BigDecimal score, String assessor) {
        if (assessedOn == null || assessor == null || assessor.isBlank()) {
            throw new DomainException("error.review.assessmentIncomplete");
        }
        TextField.ASSESSOR.require(assessor);
        if (assessedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("error.review.dateInFuture");
        }
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new DomainException("error.review.scoreRange");
        }
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reviewer, Permission.REVIEW);
            Application application = StatusChanges.load(uow, id);
            if (application.status() != ApplicationStatus.ASSESSMENT_REQUIRED) {
                throw new DomainException("error.review.notInAssessment", application.status());
            }
            Review review = ReviewFiles.review(uow, id);
            if (review.modules().stream().noneMatch(m -> m.number() == moduleNumber)) {
                throw new DomainException("error.review.noSuchModule", moduleNumber);
            }
            hold(uow, reviewer, id);
            changes.touch(uow, id, reviewer);
            AssessmentRow row = AssessmentRow.of(id, new ModuleAssessment(moduleNumber, assessedOn, passed, score,
                    assessor.strip(), reviewer.login(), clock.instant()));
            uow.mapper(ReviewMapper.class).insertAssessment(row);
            Optional<ModuleAssessment> before = review.latest(moduleNumber);
            audit.record(uow, reviewer.login(), AuditAction.APPLICATION_EDITED, id, Changes.of("assessment " + moduleNumber)
                    .field("passed", before.map(ModuleAssessment::passed).orElse(null), passed)
                    .field("score", before.map(ModuleAssessment::score).orElse(null), score)
                    .field("assessedOn", before.map(ModuleAssessment::assessedOn).orElse(null), assessedOn)
                    .field("assessor", before.map(ModuleAssessment::assessor).orElse(null), row.assessor).toString());
            if (ReviewFiles.review(uow, id).allModulesPassed()) {
                statuses.move(uow, reviewer, id, StatusAction.RECORD_ASSESSMENT, "");
            }
            return ReviewFiles.file(uow, id);
        });
    }

    /**
     * Ends the assessment with a module failed, so the reviewer can conclude; every module must have
     * a result.
     */
    public ReviewFile endAssessment(User reviewer, long id) {
        return transactions.inTransaction(uow -> {
            Review review = ReviewFiles.review(uow, id);
            if (review.modules().stream().anyMatch(m -> review.latest(m.number()).isEmpty())) {
                Actors.require(uow, reviewer, Permission.REVIEW);
                throw new DomainException("error.review.modulesWithoutResult");
            }
            Actors.require(uow, reviewer, Permission.REVIEW);
            hold(uow, reviewer, id);
            statuses.move(uow, reviewer, id, StatusAction.RECORD_ASSESSMENT, "");
            return ReviewFiles.file(uow, id);
        });
    }

    /** 比照认定机构意见: the text the stamped registration form carries. */
    public ReviewFile saveOpinion(User reviewer, long id, String opinion) {
        return saveOpinion(reviewer, id, null, opinion);
    }

    /**
     * The opinion typed over the version of the file the screen shows; refused, with nothing saved, when
     * the file has been changed since.
     *
     * @throws cn.bizhao.domain.ConcurrentChangeException naming who changed it and when
     */
    public ReviewFile saveOpinion(User reviewer, long id, int seenVersion, String opinion) {
        return saveOpinion(reviewer, id, Integer.valueOf(seenVersion), opinion);
    }

    private ReviewFile saveOpinion(User reviewer, long id, Integer seenVersion, String opinion) {
        String text = TextField.OPINION.require(opinion == null ? "" : opinion.strip());
        return edit(reviewer, id, seenVersion, (uow, application, review) -> {
            save(uow, reviewer, id, review.route(), text);
            return Changes.of("opinion").field("opinion", review.opinion(), text);
        });
    }

    /**
     * The reviewer's conclusion, for the supervisor: approve, return with the materials to supplement,
     * or refuse with the reason. The status changes only when the supervisor confirms it.
     */
    public ReviewFile conclude(User reviewer, long id, Outcome outcome, String detail) {
        TextField.CONCLUSION_DETAIL.require(detail);
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reviewer, Permission.REVIEW);
            Application application = StatusChanges.load(uow, id);
            // the move must exist now; the supervisor takes it when confirming
            StatusMachine.apply(application.status(), outcome.action());
            requireEditable(uow, application);
            hold(uow, reviewer, id);
            changes.touch(uow, id, reviewer);
            Review review = ReviewFiles.review(uow, id);
            List<ReviewProblem> problems = review.problemsFor(outcome, application, detail);
            if (!problems.isEmpty()) {
                throw new ReviewIncompleteException(problems);
            }
            insertConclusion(uow, reviewer, id, outcome, detail);
            return ReviewFiles.file(uow, id);
        });
    }

    private void insertConclusion(UnitOfWork uow, User reviewer, long id, Outcome outcome, String detail) {
        ConclusionRow row = ConclusionRow.submitted(id, outcome, detail == null ? "" : detail.strip(),
                reviewer.login(), clock.instant());
        uow.mapper(ReviewMapper.class).insertConclusion(row);
        audit.record(uow, reviewer.login(), AuditAction.APPLICATION_EDITED, id, Changes.of("conclusion " + row.id)
                .field("outcome", null, outcome).field("detail", null, row.detail)
                .field("state", null, ConclusionState.PENDING).toString());
    }

    /**
     * A page for the screen: images as stored, a PDF page rendered at the given resolution, as PNG.
     * The bytes are checked against their SHA-256 when read.
     */
    public byte[] pagePicture(Page page, float dpi) {
        byte[] content = files.read(page.sha256());
        if (!"application/pdf".equals(page.mediaType())) {
            return content;
        }
        BufferedImage image = preview.render(content, 0, dpi);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void save(UnitOfWork uow, User reviewer, long id, Route route, String opinion) {
        ReviewRecords.save(uow.mapper(ReviewMapper.class), id, route, opinion, reviewer.login(), clock.instant());
    }

    /** The application, when the reviewer may change its review now: in review, no conclusion pending. */
    private static Application editable(UnitOfWork uow, User reviewer, long id) {
        Actors.require(uow, reviewer, Permission.REVIEW);
        Application application = StatusChanges.load(uow, id);
        requireEditable(uow, application);
        return application;
    }

    private static void requireEditable(UnitOfWork uow, Application application) {
        if (application.status() != ApplicationStatus.IN_REVIEW) {
            throw new DomainException("error.review.notInReview", application.status());
        }
        if (ReviewFiles.review(uow, application.id()).awaitsSupervisor()) {
            throw new DomainException("error.review.awaitingSupervisor");
        }
    }

    private ReviewFile edit(User reviewer, long id, Edit edit) {
        return edit(reviewer, id, null, edit);
    }

    /** A change of the review by the reviewer holding the file, over the version seen when one is given. */
    private ReviewFile edit(User reviewer, long id, Integer seenVersion, Edit edit) {
        return transactions.inTransaction(uow -> {
            Application application = editable(uow, reviewer, id);
            // the version first: taking a file nobody held raises it too
            if (seenVersion == null) {
                changes.touch(uow, id, reviewer);
            } else {
                changes.touch(uow, id, seenVersion, reviewer);
            }
            hold(uow, reviewer, id);
            Changes changes = edit.apply(uow, application, ReviewFiles.review(uow, id));
            if (!changes.isEmpty()) {
                audit.record(uow, reviewer.login(), AuditAction.APPLICATION_EDITED, id, changes.toString());
            }
            return ReviewFiles.file(uow, id);
        });
    }

    @FunctionalInterface
    private interface Edit {
        Changes apply(UnitOfWork uow, Application application, Review review);
    }
}
