package cn.bizhao.packaging.json;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * data/review.json, schema version 1: the institution's review of the application (材料审核), as
 * written down in {@code resources/schema/review-1.schema.json} and {@code src/docs/package-format-1.md}.
 * Like {@link ApplicationDocument}, a type of its own so that the format changes only on purpose.
 */
public record ReviewDocument(int schemaVersion, String acceptanceNo, List<VerdictPart> verdicts,
                             VerificationPart verification, Route route, List<ModulePart> modules,
                             List<AssessmentPart> assessments, String opinion, ConclusionPart conclusion)
        implements PackageJson.VersionedDocument {
    public static final int SCHEMA_VERSION = 1;

    /** 材料审核意见: the verdict on one material. */
    public record VerdictPart(MaterialKind material, MaterialVerdict verdict, String note, String reviewer,
                              Instant reviewedAt) {
    }

    /** 境外证书核验: how and when the certificate was checked, the result, and the evidence pages. */
    public record VerificationPart(VerificationMethod method, LocalDate checkedOn, VerificationResult result,
                                   String note, List<EvidencePart> evidence, String reviewer, Instant recordedAt) {
    }

    /** One evidence page (a register printout, the issuer's reply), as the station stored it. */
    public record EvidencePart(String file, int sequence, String mediaType, String sha256, long size) {
    }

    /** 技能模块: a module of the national standard to be assessed. */
    public record ModulePart(int number, String name) {
    }

    /** 模块考核: one assessment of a module; the latest recorded for a module counts. */
    public record AssessmentPart(int moduleNumber, LocalDate assessedOn, boolean passed, BigDecimal score,
                                 String assessor, String recordedBy, Instant recordedAt) {
    }

    /** 审核结论: the reviewer's conclusion and where it stands with the supervisor. */
    public record ConclusionPart(Outcome outcome, String detail, String reviewer, Instant submittedAt,
                                 ConclusionState state, String supervisor, String supervisorNote, Instant decidedAt) {
    }
}
