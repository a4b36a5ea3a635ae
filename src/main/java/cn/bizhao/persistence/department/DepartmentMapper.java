package cn.bizhao.persistence.department;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The department's decisions and what travels with them (issue 13): versions of a submission, the
 * department's rulings and their sign-off, the decision as recorded at the institution, and
 * certificates revoked.
 */
public interface DepartmentMapper {
    void insertVersion(SubmissionVersionRow row);

    /** The highest version recorded for the application; null when none was. */
    Integer latestVersion(@Param("applicationId") long applicationId);

    List<SubmissionVersionRow> versions(@Param("applicationId") long applicationId);

    void insertRuling(RulingRow row);

    List<RulingRow> rulings(@Param("applicationId") long applicationId);

    /** Marks a pending ruling signed off; 0 when it was no longer pending. */
    int signOff(@Param("id") long id, @Param("login") String login, @Param("at") Instant at);

    /** Marks a pending ruling discarded; 0 when it was no longer pending. */
    int discard(@Param("id") long id);

    /** Submissions received from institutions, newest first, filtered by any of the given. */
    List<InboxRow> inbox(@Param("sourceOrg") String sourceOrg, @Param("status") String status,
                         @Param("from") Instant from, @Param("to") Instant to);

    /** The decision as the institution recorded it from the department's signed package. */
    void insertPackageDecision(PackageDecisionRow row);

    List<PackageDecisionRow> packageDecisions(@Param("applicationId") long applicationId);

    void insertRevocation(RevocationRow row);

    RevocationRow revocation(@Param("applicationId") long applicationId);

    List<RevocationRow> revocations();
}
