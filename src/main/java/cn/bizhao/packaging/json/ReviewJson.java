package cn.bizhao.packaging.json;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.review.CertificateVerification;
import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.MaterialReview;
import cn.bizhao.domain.review.ModuleAssessment;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.json.ReviewDocument.AssessmentPart;
import cn.bizhao.packaging.json.ReviewDocument.ConclusionPart;
import cn.bizhao.packaging.json.ReviewDocument.EvidencePart;
import cn.bizhao.packaging.json.ReviewDocument.ModulePart;
import cn.bizhao.packaging.json.ReviewDocument.VerdictPart;
import cn.bizhao.packaging.json.ReviewDocument.VerificationPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a domain {@link Review} to and from review.json, schema version 1. Record numbers of the
 * sending station (the application's, the evidence pages') do not travel: they mean nothing at
 * the receiving station, which gives the review its own.
 */
public final class ReviewJson {
    static final String FILE_NAME = "review.json";

    private ReviewJson() {
    }

    public static byte[] write(String acceptanceNo, Review review) {
        return PackageJson.write(toDocument(acceptanceNo, review), FILE_NAME);
    }

    /** @throws DomainException {@code packaging.json.invalid} or {@code packaging.json.unknownSchema} */
    public static ReviewDocument readDocument(InputStream json) throws IOException {
        return PackageJson.read(json, ReviewDocument.class, FILE_NAME, ReviewDocument.SCHEMA_VERSION);
    }

    /** The review as the receiving station keeps it, for its application {@code applicationId}. */
    public static Review toReview(ReviewDocument d, long applicationId) {
        return new Review(applicationId,
                d.verdicts().stream().map(v -> new MaterialReview(v.material(), v.verdict(), v.note(), v.reviewer(),
                        v.reviewedAt())).toList(),
                d.verification() == null ? null : toVerification(d.verification()),
                d.route(),
                d.modules().stream().map(m -> new SkillModule(m.number(), m.name())).toList(),
                d.assessments().stream().map(a -> new ModuleAssessment(a.moduleNumber(), a.assessedOn(), a.passed(),
                        a.score(), a.assessor(), a.recordedBy(), a.recordedAt())).toList(),
                d.opinion(),
                d.conclusion() == null ? null : toConclusion(d.conclusion()));
    }

    static ReviewDocument toDocument(String acceptanceNo, Review r) {
        return new ReviewDocument(ReviewDocument.SCHEMA_VERSION, acceptanceNo,
                r.verdicts().stream().map(v -> new VerdictPart(v.kind(), v.verdict(), v.note(), v.reviewer(),
                        v.reviewedAt())).toList(),
                r.verification() == null ? null : toPart(r.verification()),
                r.route(),
                r.modules().stream().map(m -> new ModulePart(m.number(), m.name())).toList(),
                r.assessments().stream().map(a -> new AssessmentPart(a.moduleNumber(), a.assessedOn(), a.passed(),
                        a.score(), a.assessor(), a.recordedBy(), a.recordedAt())).toList(),
                r.opinion(),
                r.conclusion() == null ? null : toPart(r.conclusion()));
    }

    private static VerificationPart toPart(CertificateVerification v) {
        List<EvidencePart> evidence = new ArrayList<>();
        for (int i = 0; i < v.evidence().size(); i++) {
            Page page = v.evidence().get(i);
            String file = PackageLayout.inPayload(PackageLayout.evidencePath(i, page));
            evidence.add(new EvidencePart(file, i + 1, page.mediaType(), page.sha256(), page.size()));
        }
        return new VerificationPart(v.method(), v.checkedOn(), v.result(), v.note(), evidence, v.reviewer(),
                v.recordedAt());
    }

    private static CertificateVerification toVerification(VerificationPart v) {
        List<Page> evidence = v.evidence().stream()
                .map(e -> new Page(0, e.sequence(), e.mediaType(), e.sha256(), e.size(), 0)).toList();
        return new CertificateVerification(v.method(), v.checkedOn(), v.result(), v.note(), evidence, v.reviewer(),
                v.recordedAt());
    }

    private static ConclusionPart toPart(Conclusion c) {
        return new ConclusionPart(c.outcome(), c.detail(), c.reviewer(), c.submittedAt(), c.state(), c.supervisor(),
                c.supervisorNote(), c.decidedAt());
    }

    private static Conclusion toConclusion(ConclusionPart c) {
        return new Conclusion(0, c.outcome(), c.detail(), c.reviewer(), c.submittedAt(), c.state(), c.supervisor(),
                c.supervisorNote(), c.decidedAt());
    }
}
