package cn.bizhao.persistence.review;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.ReviewDraft;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The review file as typed so far; its verdicts are rows of their own. */
public final class ReviewDraftRow {
    public Long applicationId;
    public VerificationMethod verificationMethod;
    public LocalDate checkedOn;
    public VerificationResult verificationResult;
    public String verificationNote;
    public Route route;
    public String moduleNames;
    public String opinion;
    public Outcome outcome;
    public String detail;
    public String savedBy;
    public Instant savedAt;

    public static ReviewDraftRow of(long applicationId, ReviewDraft draft, String savedBy, Instant savedAt) {
        ReviewDraftRow row = new ReviewDraftRow();
        row.applicationId = applicationId;
        row.verificationMethod = draft.method();
        row.checkedOn = draft.checkedOn();
        row.verificationResult = draft.result();
        row.verificationNote = draft.verificationNote();
        row.route = draft.route();
        row.moduleNames = String.join("\n", draft.modules());
        row.opinion = draft.opinion();
        row.outcome = draft.outcome();
        row.detail = draft.detail();
        row.savedBy = savedBy;
        row.savedAt = savedAt;
        return row;
    }

    public ReviewDraft toDraft(List<VerdictDraftRow> verdicts) {
        Map<MaterialKind, ReviewDraft.Verdict> map = new EnumMap<>(MaterialKind.class);
        verdicts.forEach(v -> map.put(v.kind, new ReviewDraft.Verdict(v.verdict, v.note)));
        List<String> modules = moduleNames == null || moduleNames.isEmpty() ? List.of()
                : Arrays.asList(moduleNames.split("\n"));
        return new ReviewDraft(map, verificationMethod, checkedOn, verificationResult, verificationNote, route, modules,
                opinion, outcome, detail);
    }
}
