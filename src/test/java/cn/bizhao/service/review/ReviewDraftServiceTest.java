package cn.bizhao.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.ReviewDraft;
import cn.bizhao.domain.review.ReviewGap;
import cn.bizhao.domain.review.ReviewIncompleteException;
import cn.bizhao.domain.review.ReviewProblem;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review file kept as a draft and submitted whole, on a real station (embedded Derby). */
class ReviewDraftServiceTest {
    @TempDir
    static Path home;
    private static Services services;
    private static User reviewer;
    private static ReviewFixtures fixtures;

    @BeforeAll
    static void open() {
        services = TestStation.withAdministrator(home);
        reviewer = ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, "Review-2024");
        User supervisor = ReviewFixtures.person(services, "zhao", "赵主管", Role.SUPERVISOR, "Approve-2024");
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        fixtures = new ReviewFixtures(services, admin, reviewer, supervisor);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static ReviewDraft complete(Outcome outcome) {
        Map<MaterialKind, ReviewDraft.Verdict> verdicts = new EnumMap<>(MaterialKind.class);
        for (MaterialKind kind : List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE,
                MaterialKind.LABOUR_CONTRACT)) {
            verdicts.put(kind, new ReviewDraft.Verdict(MaterialVerdict.VALID, ""));
        }
        return new ReviewDraft(verdicts, VerificationMethod.ISSUER_REGISTER, LocalDate.now().minusDays(1),
                VerificationResult.CONFIRMED, "发证机构官网可查", Route.DIRECT, List.of(), ReviewFixtures.OPINION, outcome, "");
    }

    @Test
    void aDraftIsKeptWholeAndComesBackAsTyped() {
        long id = fixtures.inReview();
        Map<MaterialKind, ReviewDraft.Verdict> verdicts = new EnumMap<>(MaterialKind.class);
        verdicts.put(MaterialKind.ID_DOCUMENT, new ReviewDraft.Verdict(MaterialVerdict.DOUBTFUL, "照片模糊"));
        verdicts.put(MaterialKind.LABOUR_CONTRACT, new ReviewDraft.Verdict(null, "待核对原件"));
        ReviewDraft typed = new ReviewDraft(verdicts, VerificationMethod.LETTER, null, null, "已发函", Route.MODULE_ASSESSMENT,
                List.of("低压电气线路安装与调试", "电气识图"), "意见写了一半", Outcome.RETURN, "请补充劳动合同");

        services.review().saveDraft(reviewer, id, typed);

        assertThat(services.review().draft(reviewer, id)).isEqualTo(typed);
        assertThat(services.review().open(reviewer, id).review()).isEqualTo(Review.empty(id));
    }

    @Test
    void withoutADraftTheFileStartsFromWhatTheReviewRecorded() {
        long id = fixtures.reviewed(Route.DIRECT);

        ReviewDraft draft = services.review().draft(reviewer, id);

        assertThat(draft).isEqualTo(ReviewDraft.of(services.review().open(reviewer, id).review()));
        assertThat(draft.opinion()).isEqualTo(ReviewFixtures.OPINION);
    }

    @Test
    void submittingNamesEveryThingMissingWithItsPlaceAndKeepsTheDraft() {
        long id = fixtures.inReview();
        Map<MaterialKind, ReviewDraft.Verdict> verdicts = Map.of(MaterialKind.OVERSEAS_CERTIFICATE,
                new ReviewDraft.Verdict(MaterialVerdict.VALID, ""));
        ReviewDraft typed = new ReviewDraft(verdicts, null, null, null, "", null, List.of(), "同意", Outcome.APPROVE, "");

        assertThatThrownBy(() -> services.review().submit(reviewer, id, typed))
                .isInstanceOfSatisfying(ReviewIncompleteException.class, e -> assertThat(e.gaps()).containsExactly(
                        new ReviewGap(ReviewProblem.VERDICT_MISSING, MaterialKind.ID_DOCUMENT),
                        new ReviewGap(ReviewProblem.VERDICT_MISSING, MaterialKind.LABOUR_CONTRACT),
                        new ReviewGap(ReviewProblem.NOT_VERIFIED, null),
                        new ReviewGap(ReviewProblem.NO_ROUTE, null)));

        assertThat(services.review().draft(reviewer, id)).isEqualTo(typed);
        assertThat(services.review().open(reviewer, id).review().conclusion()).isNull();
    }

    @Test
    void aWholeFileSubmittedOnceRecordsEveryPartAuditedAndItsConclusion() {
        long id = fixtures.inReview();

        ReviewFile file = services.review().submit(reviewer, id, complete(Outcome.APPROVE));

        Review review = file.review();
        assertThat(review.verdicts()).extracting(v -> v.verdict()).containsOnly(MaterialVerdict.VALID).hasSize(3);
        assertThat(review.verification().result()).isEqualTo(VerificationResult.CONFIRMED);
        assertThat(review.route()).isEqualTo(Route.DIRECT);
        assertThat(review.opinion()).isEqualTo(ReviewFixtures.OPINION);
        assertThat(review.conclusion().state()).isEqualTo(ConclusionState.PENDING);
        assertThat(review.conclusion().outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(file.application().status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        List<String> edits = services.audit().forApplication(id).stream()
                .filter(r -> r.entry().action() == AuditAction.APPLICATION_EDITED)
                .map(r -> r.entry().detail().split(" \\{")[0]).toList();
        assertThat(edits).containsExactly("verdict ID_DOCUMENT", "verdict OVERSEAS_CERTIFICATE", "verdict LABOUR_CONTRACT",
                "verification", "route", "opinion", "conclusion " + review.conclusion().id());
        assertThat(services.review().draft(reviewer, id)).isEqualTo(ReviewDraft.of(review));
    }

    @Test
    void aReturnNeedsOnlyItsReasonAndTheOpinion() {
        long id = fixtures.inReview();
        ReviewDraft typed = new ReviewDraft(Map.of(), null, null, null, "", null, List.of(), "材料不全",
                Outcome.RETURN, "请补充劳动合同原件");

        ReviewFile file = services.review().submit(reviewer, id, typed);

        assertThat(file.review().conclusion().detail()).isEqualTo("请补充劳动合同原件");
        assertThat(file.review().verdicts()).isEmpty();
    }

    @Test
    void sendingToAssessmentKeepsTheRestOfTheFileAsTyped() {
        long id = fixtures.inReview();
        ReviewDraft typed = new ReviewDraft(Map.of(MaterialKind.ID_DOCUMENT, new ReviewDraft.Verdict(MaterialVerdict.VALID,
                "")), null, null, null, "", Route.MODULE_ASSESSMENT, List.of("电气识图"), "意见草稿", null, "");

        ReviewFile file = services.review().requireAssessment(reviewer, id, typed);

        assertThat(file.application().status()).isEqualTo(ApplicationStatus.ASSESSMENT_REQUIRED);
        assertThat(file.review().modules()).extracting(m -> m.name()).containsExactly("电气识图");
        assertThat(services.review().draft(reviewer, id)).isEqualTo(typed);
    }
}
