package cn.bizhao.persistence.review;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.persistence.application.ApplicationRow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The review of applications, the conclusions on them and the department's decisions. */
public interface ReviewMapper {
    ReviewRow find(@Param("applicationId") long applicationId);

    void insert(ReviewRow row);

    int update(ReviewRow row);

    List<VerdictRow> verdicts(@Param("applicationId") long applicationId);

    int deleteVerdict(@Param("applicationId") long applicationId, @Param("kind") MaterialKind kind);

    void insertVerdict(VerdictRow row);

    int deleteVerdicts(@Param("applicationId") long applicationId);

    VerificationRow verification(@Param("applicationId") long applicationId);

    int deleteVerification(@Param("applicationId") long applicationId);

    void insertVerification(VerificationRow row);

    List<EvidenceRow> evidence(@Param("applicationId") long applicationId);

    void insertEvidence(EvidenceRow row);

    int deleteEvidence(@Param("applicationId") long applicationId);

    List<ModuleRow> modules(@Param("applicationId") long applicationId);

    int deleteModules(@Param("applicationId") long applicationId);

    void insertModule(ModuleRow row);

    List<AssessmentRow> assessments(@Param("applicationId") long applicationId);

    int deleteAssessments(@Param("applicationId") long applicationId);

    void insertAssessment(AssessmentRow row);

    List<ConclusionRow> conclusions(@Param("applicationId") long applicationId);

    void insertConclusion(ConclusionRow row);

    int decideConclusion(@Param("id") long id, @Param("state") ConclusionState state, @Param("supervisor") String supervisor,
                         @Param("note") String note, @Param("now") Instant now);

    List<DepartmentDecisionRow> departmentDecisions(@Param("applicationId") long applicationId);

    void insertDepartmentDecision(DepartmentDecisionRow row);

    ReviewDraftRow draft(@Param("applicationId") long applicationId);

    List<VerdictDraftRow> draftVerdicts(@Param("applicationId") long applicationId);

    void insertDraft(ReviewDraftRow row);

    void insertDraftVerdict(VerdictDraftRow row);

    int deleteDraftVerdicts(@Param("applicationId") long applicationId);

    int deleteDraft(@Param("applicationId") long applicationId);

    /** Applications in the given statuses that match the filter; null filter values match everything. */
    List<ApplicationRow> search(@Param("statuses") Collection<ApplicationStatus> statuses,
                                @Param("from") Instant from, @Param("to") Instant to, @Param("region") String region,
                                @Param("occupation") String occupation, @Param("clerk") String clerk,
                                @Param("text") String text, @Param("pendingOnly") boolean pendingOnly);
}
