package cn.bizhao.domain.application;

/** The statuses of an application (DESIGN.md section 2); names shown via {@code applicationStatus.<NAME>}. */
public enum ApplicationStatus {
    DRAFT, AWAITING_MATERIALS, ACCEPTED, IN_REVIEW, ASSESSMENT_REQUIRED, RETURNED, REJECTED, APPROVED,
    SUBMITTED, DEPT_APPROVED, DEPT_RETURNED, CERTIFIED, WITHDRAWN;

    /** Closed statuses end the process; an applicant cannot withdraw from them. */
    public boolean isOpen() {
        return this != REJECTED && this != CERTIFIED && this != WITHDRAWN;
    }

}
