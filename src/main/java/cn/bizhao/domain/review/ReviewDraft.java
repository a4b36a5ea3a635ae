package cn.bizhao.domain.review;

import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review file as the reviewer has typed it so far, one piece of work: a verdict for each
 * material, the verification, the route with its modules, the opinion and the conclusion proposed.
 * It is kept as a draft until submitted; {@link #missing} says what still stands in the way.
 *
 * @param verdicts the verdict typed for each material; a material not in the map has none yet
 * @param modules  the skill modules named, one a line, blanks left out
 */
public record ReviewDraft(Map<MaterialKind, Verdict> verdicts, VerificationMethod method, LocalDate checkedOn,
                          VerificationResult result, String verificationNote, Route route, List<String> modules,
                          String opinion, Outcome outcome, String detail) {
    public ReviewDraft {
        Map<MaterialKind, Verdict> copy = new EnumMap<>(MaterialKind.class);
        verdicts.forEach((kind, verdict) -> {
            if (verdict != null && (verdict.verdict() != null || !verdict.note().isEmpty())) {
                copy.put(kind, verdict);
            }
        });
        verdicts = Collections.unmodifiableMap(copy);
        verificationNote = text(verificationNote);
        modules = modules == null ? List.of() : modules.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
        opinion = text(opinion);
        detail = text(detail);
    }

    /** A verdict as typed: the verdict may still be missing while a note is written. */
    public record Verdict(MaterialVerdict verdict, String note) {
        public Verdict {
            note = text(note);
        }
    }

    /** The draft that starts from what the review has recorded. */
    public static ReviewDraft of(Review review) {
        Map<MaterialKind, Verdict> verdicts = new EnumMap<>(MaterialKind.class);
        review.verdicts().forEach(v -> verdicts.put(v.kind(), new Verdict(v.verdict(), v.note())));
        CertificateVerification v = review.verification();
        return new ReviewDraft(verdicts, v == null ? null : v.method(), v == null ? null : v.checkedOn(),
                v == null ? null : v.result(), v == null ? "" : v.note(), review.route(),
                review.modules().stream().map(SkillModule::name).toList(), review.opinion(), null, "");
    }

    /** The same draft with the conclusion chosen. */
    public ReviewDraft concluding(Outcome chosen, String text) {
        return new ReviewDraft(verdicts, method, checkedOn, result, verificationNote, route, modules, opinion, chosen,
                text);
    }

    public Verdict verdict(MaterialKind kind) {
        return verdicts.getOrDefault(kind, new Verdict(null, ""));
    }

    /** True when nothing of the verification was typed (the date alone, which the form proposes, does not count). */
    public boolean verificationEmpty() {
        return method == null && result == null && verificationNote.isEmpty();
    }

    /** Every part of the verification that a record needs was given. */
    public boolean verificationComplete() {
        return method != null && checkedOn != null && result != null;
    }

    /**
     * What stands in the way of submitting this draft, in the order a reviewer works; empty when it may
     * go to the supervisor. With no outcome chosen yet, what an approval needs is listed.
     *
     * @param recorded the review as recorded: a module assessment counts only once recorded
     * @param today    the station's date, for a verification dated later; null not to check the date
     */
    public List<ReviewGap> missing(Application application, Review recorded, LocalDate today) {
        List<ReviewGap> gaps = new ArrayList<>();
        if (outcome == null || outcome == Outcome.APPROVE) {
            for (Material material : application.materials()) {
                MaterialVerdict given = verdict(material.kind()).verdict();
                if (given == null) {
                    gaps.add(new ReviewGap(ReviewProblem.VERDICT_MISSING, material.kind()));
                } else if (given != MaterialVerdict.VALID) {
                    gaps.add(new ReviewGap(ReviewProblem.MATERIAL_NOT_VALID, material.kind()));
                }
            }
            verificationGap().ifPresent(gaps::add);
            if (route == null) {
                gaps.add(new ReviewGap(ReviewProblem.NO_ROUTE, null));
            } else if (route == Route.MODULE_ASSESSMENT
                    && (recorded.route() != Route.MODULE_ASSESSMENT || !recorded.allModulesPassed())) {
                gaps.add(new ReviewGap(ReviewProblem.MODULES_NOT_PASSED, null));
            }
        } else {
            for (Material material : application.materials()) {
                Verdict typed = verdict(material.kind());
                if (typed.verdict() == null && !typed.note().isEmpty()) {
                    gaps.add(new ReviewGap(ReviewProblem.VERDICT_MISSING, material.kind()));
                }
            }
            if (!verificationEmpty() && !verificationComplete()) {
                gaps.add(new ReviewGap(ReviewProblem.VERIFICATION_INCOMPLETE, null));
            }
            if (detail.isEmpty()) {
                gaps.add(new ReviewGap(ReviewProblem.NO_DETAIL, null));
            }
        }
        if (verificationComplete() && today != null && checkedOn.isAfter(today)) {
            gaps.add(new ReviewGap(ReviewProblem.VERIFICATION_DATE_IN_FUTURE, null));
        }
        if (opinion.isEmpty()) {
            gaps.add(new ReviewGap(ReviewProblem.NO_OPINION, null));
        }
        if (outcome == null) {
            gaps.add(new ReviewGap(ReviewProblem.NO_OUTCOME, null));
        }
        gaps.sort(Comparator.comparing(ReviewGap::part));
        return gaps;
    }

    private Optional<ReviewGap> verificationGap() {
        if (verificationEmpty() || method == null && result == null) {
            return Optional.of(new ReviewGap(ReviewProblem.NOT_VERIFIED, null));
        }
        if (!verificationComplete()) {
            return Optional.of(new ReviewGap(ReviewProblem.VERIFICATION_INCOMPLETE, null));
        }
        if (result != VerificationResult.CONFIRMED) {
            return Optional.of(new ReviewGap(ReviewProblem.VERIFICATION_NOT_CONFIRMED, null));
        }
        return Optional.empty();
    }

    /** Refuses, naming the field, a text longer than the review keeps. */
    public ReviewDraft requireWithinLimits() {
        verdicts.values().forEach(v -> TextField.VERDICT_NOTE.require(v.note()));
        TextField.VERIFICATION_NOTE.require(verificationNote);
        modules.forEach(TextField.MODULE_NAME::require);
        TextField.OPINION.require(opinion);
        TextField.CONCLUSION_DETAIL.require(detail);
        return this;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
