package cn.bizhao.domain.review;

import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The institution's review of one application (notice 三(二), 四(一)): verdicts on the materials,
 * the verification of the overseas certificate, the route with its skill modules and their
 * assessments, the institution's opinion and the latest conclusion.
 *
 * @param verification null until recorded
 * @param route        null until chosen
 * @param assessments  every assessment recorded, oldest first
 * @param conclusion   the latest conclusion, null while none was submitted
 */
public record Review(long applicationId, List<MaterialReview> verdicts, CertificateVerification verification,
                     Route route, List<SkillModule> modules, List<ModuleAssessment> assessments, String opinion,
                     Conclusion conclusion) {
    public Review {
        verdicts = List.copyOf(verdicts);
        modules = List.copyOf(modules);
        assessments = List.copyOf(assessments);
        opinion = opinion == null ? "" : opinion;
    }

    /** Refuses, naming the field, a text longer than the review keeps: one from another station, say. */
    public Review requireWithinLimits() {
        verdicts.forEach(v -> TextField.VERDICT_NOTE.require(v.note()));
        if (verification != null) {
            TextField.VERIFICATION_NOTE.require(verification.note());
        }
        modules.forEach(m -> TextField.MODULE_NAME.require(m.name()));
        assessments.forEach(a -> TextField.ASSESSOR.require(a.assessor()));
        TextField.OPINION.require(opinion);
        if (conclusion != null) {
            TextField.CONCLUSION_DETAIL.require(conclusion.detail());
            TextField.SUPERVISOR_NOTE.require(conclusion.supervisorNote());
        }
        return this;
    }

    public static Review empty(long applicationId) {
        return new Review(applicationId, List.of(), null, null, List.of(), List.of(), "", null);
    }

    public Optional<MaterialReview> verdict(MaterialKind kind) {
        return verdicts.stream().filter(v -> v.kind() == kind).findFirst();
    }

    /** The assessment that counts for a module: the latest recorded. */
    public Optional<ModuleAssessment> latest(int moduleNumber) {
        return assessments.stream().filter(a -> a.moduleNumber() == moduleNumber)
                .max(Comparator.comparing(ModuleAssessment::recordedAt));
    }

    public boolean allModulesPassed() {
        return !modules.isEmpty()
                && modules.stream().allMatch(m -> latest(m.number()).map(ModuleAssessment::passed).orElse(false));
    }

    public boolean awaitsSupervisor() {
        return conclusion != null && conclusion.isPending();
    }

    /** What stands in the way of the outcome, in the order a reviewer works; empty when it may be submitted. */
    public List<ReviewProblem> problemsFor(Outcome outcome, Application application, String detail) {
        return ReviewDraft.of(this).concluding(outcome, detail).missing(application, this, null).stream()
                .map(ReviewGap::problem).distinct().toList();
    }
}
