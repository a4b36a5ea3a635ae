package cn.bizhao.ui.review;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** The review as lines to read: a verdict per material, the verification, the route, each module's result. */
final class ReviewLines {
    private ReviewLines() {
    }

    static List<String> of(Review review, List<MaterialKind> materials, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (MaterialKind kind : materials) {
            lines.add(review.verdict(kind).map(v -> messages.get("review.line.verdict", kind, v.verdict(), v.note()))
                    .orElse(messages.get("review.line.noVerdict", kind)));
        }
        if (review.verification() != null) {
            lines.add(messages.get("review.line.verification", review.verification().method(),
                    review.verification().checkedOn().toString(), review.verification().result(),
                    review.verification().evidence().size()));
        }
        if (review.route() != null) {
            lines.add(messages.get("review.line.route", review.route()));
        }
        for (SkillModule m : review.modules()) {
            lines.add(review.latest(m.number()).map(a -> messages.get("review.line.assessment", m.number(), m.name(),
                    messages.get(a.passed() ? "review.passed" : "review.failed"),
                    a.score() == null ? "-" : a.score().toPlainString(), a.assessedOn().toString(), a.assessor()))
                    .orElse(messages.get("review.line.noAssessment", m.number(), m.name())));
        }
        return lines;
    }
}
