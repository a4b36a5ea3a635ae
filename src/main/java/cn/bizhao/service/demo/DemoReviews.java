package cn.bizhao.service.demo;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The demo's review, done through the same services as the reviewer's and the supervisor's screens:
 * the first accepted application approved by the institution (ready to submit to the department),
 * the second returned for correction (退回补正), so that the window shows those statuses too.
 */
final class DemoReviews {
    private final Services services;
    private final Properties demo;

    DemoReviews(Services services, Properties demo) {
        this.services = services;
        this.demo = demo;
    }

    /** @return how many applications were reviewed */
    int review(User person) {
        List<Application> accepted = services.intake().list(ApplicationStatus.ACCEPTED).stream()
                .sorted(Comparator.comparing(Application::id)).toList();
        List<Outcome> outcomes = List.of(Outcome.APPROVE, Outcome.RETURN);
        int done = Math.min(accepted.size(), outcomes.size());
        for (int i = 0; i < done; i++) {
            decide(person, accepted.get(i), outcomes.get(i));
        }
        return done;
    }

    private void decide(User person, Application application, Outcome outcome) {
        var review = services.review();
        long id = application.id();
        review.start(person, id);
        for (Material material : application.materials()) {
            review.recordVerdict(person, id, material.kind(), MaterialVerdict.VALID, "");
        }
        review.recordVerification(person, id, VerificationMethod.ISSUER_REGISTER,
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1), VerificationResult.CONFIRMED,
                demo.getProperty("review.verification"));
        review.saveOpinion(person, id, demo.getProperty("review.opinion"));
        review.chooseRoute(person, id, Route.DIRECT, List.of());
        review.conclude(person, id, outcome, outcome == Outcome.APPROVE ? "" : demo.getProperty("review.returnReason"));
        services.supervision().confirm(person, id, "");
    }
}
