package cn.bizhao.domain.department;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.review.DepartmentOutcome;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 自治区人社部门意见 on one version of a submission, as the department records it: approved with the
 * certificate (number, date of issue, evaluation body) or returned with the reasons and what to
 * correct. It takes effect only when a second person signs it off.
 *
 * @param version     the version of the submission decided on
 * @param opinion     the opinion as printed on the form (for a return: the reasons)
 * @param corrections what the institution is to correct (returns only; empty otherwise)
 */
public record Ruling(Long id, long applicationId, int version, DepartmentOutcome outcome, String opinion,
                     String corrections, String certificateNo, LocalDate issuedOn, String evaluationBody,
                     RulingState state, String decidedBy, Instant decidedAt, String signedOffBy, Instant signedOffAt) {

    public boolean isPending() {
        return state == RulingState.PENDING;
    }

    public boolean isSignedOff() {
        return state == RulingState.SIGNED_OFF;
    }

    /** The two-person rule: whoever decided may not sign off the same decision. */
    public void requireSignOffBy(String login) {
        if (!isPending()) {
            throw new DomainException("department.signOff.nothingPending");
        }
        if (decidedBy.equalsIgnoreCase(login)) {
            throw new DomainException("department.signOff.samePerson", decidedBy);
        }
    }
}
