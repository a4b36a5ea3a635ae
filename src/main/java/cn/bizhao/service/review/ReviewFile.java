package cn.bizhao.service.review;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.certificate.IssuedCertificate;
import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.DepartmentDecision;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.ReviewHold;
import java.util.List;
import java.util.Optional;

/**
 * An application with everything decided on it after intake.
 *
 * @param conclusions every conclusion, oldest first
 * @param decisions   the department's decisions, oldest first
 * @param certificate the issued certificate, null until recorded
 * @param imported    true for an application that came in a review package: its review goes back as a review result
 * @param hold        who holds the file (领取)
 */
public record ReviewFile(Application application, Review review, List<Conclusion> conclusions,
                         List<DepartmentDecision> decisions, IssuedCertificate certificate, boolean imported,
                         ReviewHold hold) {
    public ReviewFile {
        conclusions = List.copyOf(conclusions);
        decisions = List.copyOf(decisions);
    }

    public Optional<IssuedCertificate> issued() {
        return Optional.ofNullable(certificate);
    }

    public Optional<DepartmentDecision> latestDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }
}
