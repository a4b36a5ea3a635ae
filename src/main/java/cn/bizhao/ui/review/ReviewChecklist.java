package cn.bizhao.ui.review;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.ReviewDraft;
import cn.bizhao.domain.review.ReviewGap;
import cn.bizhao.domain.review.ReviewPart;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** 审核情况 from the review file as typed: a line per material, the verification, route, opinion and conclusion. */
final class ReviewChecklist {
    private ReviewChecklist() {
    }

    static List<ChecklistLine> of(ReviewDraft draft, Review recorded, List<MaterialKind> materials,
                                  List<ReviewGap> gaps, Messages messages) {
        List<ChecklistLine> lines = new ArrayList<>();
        for (MaterialKind kind : materials) {
            ReviewDraft.Verdict v = draft.verdict(kind);
            String text = v.verdict() == null ? messages.get("review.line.noVerdict", kind)
                    : messages.get("review.line.verdict", kind, v.verdict(), v.note());
            lines.add(new ChecklistLine(text, ReviewPart.VERDICTS, kind,
                    gaps.stream().anyMatch(g -> g.material() == kind)));
        }
        String verification = draft.verificationComplete()
                ? messages.get("review.line.verification", draft.method(), String.valueOf(draft.checkedOn()), draft.result(),
                recorded.verification() == null ? 0 : recorded.verification().evidence().size())
                : messages.get("review.line.notVerified");
        lines.add(line(verification, ReviewPart.VERIFICATION, gaps));
        lines.add(line(draft.route() == null ? messages.get("review.line.noRoute")
                : messages.get("review.line.route", draft.route()), ReviewPart.ROUTE, gaps));
        for (SkillModule m : recorded.modules()) {
            lines.add(new ChecklistLine(recorded.latest(m.number()).map(a -> messages.get("review.line.assessment",
                    m.number(), m.name(), messages.get(a.passed() ? "review.passed" : "review.failed"),
                    a.score() == null ? "-" : a.score().toPlainString(), String.valueOf(a.assessedOn()), a.assessor()))
                    .orElse(messages.get("review.line.noAssessment", m.number(), m.name())), ReviewPart.ROUTE, null,
                    false));
        }
        lines.add(line(messages.get(draft.opinion().isEmpty() ? "review.line.noOpinion" : "review.line.opinion"),
                ReviewPart.OPINION, gaps));
        lines.add(line(draft.outcome() == null ? messages.get("review.line.noOutcome")
                : messages.get("review.line.outcome", draft.outcome()), ReviewPart.CONCLUSION, gaps));
        return lines;
    }

    private static ChecklistLine line(String text, ReviewPart part, List<ReviewGap> gaps) {
        return new ChecklistLine(text, part, null, gaps.stream().anyMatch(g -> g.part() == part && g.material() == null));
    }
}
