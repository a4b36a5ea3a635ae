package cn.bizhao.domain.application;

/** The statuses of an application (DESIGN.md section 2); names shown via {@code applicationStatus.<NAME>}. */
public enum ApplicationStatus {
    DRAFT, AWAITING_MATERIALS, ACCEPTED, IN_REVIEW, ASSESSMENT_REQUIRED, RETURNED, REJECTED, APPROVED,
    SUBMITTED, DEPT_APPROVED, DEPT_RETURNED, CERTIFIED, WITHDRAWN, REVOKED;

    /**
     * Closed statuses end the process; an applicant cannot withdraw from them. A certificate issued
     * (CERTIFIED) is closed for the applicant, yet may still be revoked (REVOKED).
     */
    public boolean isOpen() {
        return this != REJECTED && this != CERTIFIED && this != WITHDRAWN && this != REVOKED;
    }

    /**
     * Sent back to the institution, to be corrected: after 退回补正 the clerk adds the materials and
     * corrects the fields the notice named; after 人社部门退回 the institution corrects and submits again.
     */
    public boolean awaitsCorrection() {
        return this == RETURNED || this == DEPT_RETURNED;
    }

}
