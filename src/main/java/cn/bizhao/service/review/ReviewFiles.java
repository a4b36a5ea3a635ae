package cn.bizhao.service.review;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.ReviewHold;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.certificate.CertificateMapper;
import cn.bizhao.persistence.change.ChangeMapper;
import cn.bizhao.persistence.change.Holder;
import cn.bizhao.persistence.certificate.CertificateRow;
import cn.bizhao.persistence.packages.PackageMapper;
import cn.bizhao.persistence.review.AssessmentRow;
import cn.bizhao.persistence.review.ConclusionRow;
import cn.bizhao.persistence.review.DepartmentDecisionRow;
import cn.bizhao.persistence.review.EvidenceRow;
import cn.bizhao.persistence.review.ModuleRow;
import cn.bizhao.persistence.review.ReviewMapper;
import cn.bizhao.persistence.review.ReviewRow;
import cn.bizhao.persistence.review.VerdictRow;
import cn.bizhao.persistence.review.VerificationRow;
import java.util.List;

/** Reads the review of an application and what followed it, inside a unit of work. */
final class ReviewFiles {
    private ReviewFiles() {
    }

    static Review review(UnitOfWork uow, long id) {
        ReviewMapper reviews = uow.mapper(ReviewMapper.class);
        ReviewRow row = reviews.find(id);
        VerificationRow verification = reviews.verification(id);
        List<Conclusion> conclusions = conclusions(reviews, id);
        return new Review(id, reviews.verdicts(id).stream().map(VerdictRow::toVerdict).toList(),
                verification == null ? null
                        : verification.toVerification(reviews.evidence(id).stream().map(EvidenceRow::toPage).toList()),
                row == null ? null : row.route, reviews.modules(id).stream().map(ModuleRow::toModule).toList(),
                reviews.assessments(id).stream().map(AssessmentRow::toAssessment).toList(),
                row == null ? "" : row.opinion, conclusions.isEmpty() ? null : conclusions.get(conclusions.size() - 1));
    }

    private static List<Conclusion> conclusions(ReviewMapper reviews, long id) {
        return reviews.conclusions(id).stream().map(ConclusionRow::toConclusion).toList();
    }

    /** Who holds the file (领取), nobody when the application does not exist or nobody took it. */
    static ReviewHold hold(UnitOfWork uow, long id) {
        Holder holder = uow.mapper(ChangeMapper.class).holder(id);
        return holder == null || holder.login() == null ? ReviewHold.nobody()
                : new ReviewHold(holder.login(), holder.displayName(), holder.since());
    }

    static ReviewFile file(UnitOfWork uow, long id) {
        Application application = StatusChanges.load(uow, id);
        ReviewMapper reviews = uow.mapper(ReviewMapper.class);
        CertificateRow certificate = uow.mapper(CertificateMapper.class).find(id);
        return new ReviewFile(application, review(uow, id), conclusions(reviews, id),
                reviews.departmentDecisions(id).stream().map(DepartmentDecisionRow::toDecision).toList(),
                certificate == null ? null : certificate.toCertificate(),
                uow.mapper(PackageMapper.class).originRecordId(id) != null, hold(uow, id));
    }
}
