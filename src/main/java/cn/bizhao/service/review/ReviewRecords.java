package cn.bizhao.service.review;

import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.review.CertificateVerification;
import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.MaterialReview;
import cn.bizhao.domain.review.ModuleAssessment;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.review.AssessmentRow;
import cn.bizhao.persistence.review.ConclusionRow;
import cn.bizhao.persistence.review.EvidenceRow;
import cn.bizhao.persistence.review.ModuleRow;
import cn.bizhao.persistence.review.ReviewMapper;
import cn.bizhao.persistence.review.ReviewRow;
import cn.bizhao.persistence.review.VerdictRow;
import cn.bizhao.persistence.review.VerificationRow;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The review of an application as the packages carry it: read whole for export, and taken in
 * whole from a reviewer's review result. Permissions and the audit trail are the caller's: these
 * run inside its unit of work.
 */
public final class ReviewRecords {
    private ReviewRecords() {
    }

    public static Review of(UnitOfWork uow, long applicationId) {
        return ReviewFiles.review(uow, applicationId);
    }

    /**
     * Replaces the review of the application by {@code review}: verdicts, verification with its
     * evidence (whose files the caller has stored), route, modules, assessments and opinion; its
     * conclusion is added to those already kept, with the supervisor's decision when it has one.
     *
     * @param source what the review came from, for the audit detail
     * @return the audit detail: every part that changed, before and after
     */
    public static String replace(UnitOfWork uow, long applicationId, Review review, String updatedBy, Instant now,
                                 String source) {
        Review before = of(uow, applicationId);
        ReviewMapper reviews = uow.mapper(ReviewMapper.class);
        reviews.deleteVerdicts(applicationId);
        reviews.deleteEvidence(applicationId);
        reviews.deleteVerification(applicationId);
        reviews.deleteAssessments(applicationId);
        reviews.deleteModules(applicationId);
        for (MaterialReview verdict : review.verdicts()) {
            reviews.insertVerdict(VerdictRow.of(applicationId, verdict));
        }
        if (review.verification() != null) {
            insertVerification(reviews, applicationId, review.verification());
        }
        for (SkillModule module : review.modules()) {
            reviews.insertModule(ModuleRow.of(applicationId, module));
        }
        for (ModuleAssessment assessment : review.assessments()) {
            reviews.insertAssessment(AssessmentRow.of(applicationId, assessment));
        }
        save(reviews, applicationId, review.route(), review.opinion(), updatedBy, now);
        if (review.conclusion() != null) {
            insertConclusion(reviews, applicationId, review.conclusion());
        }
        return Changes.of("review " + source)
                .field("verdicts", verdicts(before), verdicts(review))
                .field("verification", verification(before), verification(review))
                .field("route", before.route(), review.route())
                .field("modules", modules(before), modules(review))
                .field("assessments", assessments(before), assessments(review))
                .field("opinion", before.opinion(), review.opinion())
                .field("conclusion", conclusion(before.conclusion()), conclusion(review.conclusion()))
                .toString();
    }

    private static String verdicts(Review review) {
        return review.verdicts().stream().map(v -> v.kind() + "=" + v.verdict()).collect(Collectors.joining(" "));
    }

    private static String verification(Review review) {
        CertificateVerification v = review.verification();
        return v == null ? null : v.method() + " " + v.checkedOn() + " " + v.result() + " evidence " + v.evidence().size();
    }

    private static String modules(Review review) {
        return review.modules().stream().map(SkillModule::name).collect(Collectors.joining(" / "));
    }

    private static String assessments(Review review) {
        return review.assessments().stream()
                .map(a -> a.moduleNumber() + ":" + a.assessedOn() + (a.passed() ? " passed" : " failed"))
                .collect(Collectors.joining(" "));
    }

    private static String conclusion(Conclusion conclusion) {
        return conclusion == null ? null : conclusion.outcome() + " " + conclusion.state();
    }

    private static void insertVerification(ReviewMapper reviews, long applicationId, CertificateVerification verification) {
        reviews.insertVerification(VerificationRow.of(applicationId, verification));
        List<Page> evidence = verification.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            Page page = evidence.get(i);
            reviews.insertEvidence(EvidenceRow.of(applicationId, i + 1, page.sha256(), page.mediaType(), page.size()));
        }
    }

    /** The route and the opinion, with who changed them last. */
    static void save(ReviewMapper reviews, long applicationId, Route route, String opinion, String updatedBy,
                     Instant now) {
        ReviewRow row = new ReviewRow();
        row.applicationId = applicationId;
        row.route = route;
        row.opinion = opinion;
        row.reviewer = updatedBy;
        row.updatedAt = now;
        if (reviews.update(row) == 0) {
            reviews.insert(row);
        }
    }

    private static void insertConclusion(ReviewMapper reviews, long applicationId, Conclusion conclusion) {
        ConclusionRow row = ConclusionRow.submitted(applicationId, conclusion.outcome(), conclusion.detail(),
                conclusion.reviewer(), conclusion.submittedAt());
        reviews.insertConclusion(row);
        if (conclusion.state() != ConclusionState.PENDING) {
            reviews.decideConclusion(row.id, conclusion.state(), conclusion.supervisor(),
                    conclusion.supervisorNote() == null ? "" : conclusion.supervisorNote(), conclusion.decidedAt());
        }
    }
}
