package cn.bizhao.domain.user;

import static cn.bizhao.domain.user.Role.ADMIN;
import static cn.bizhao.domain.user.Role.CLERK;
import static cn.bizhao.domain.user.Role.REVIEWER;
import static cn.bizhao.domain.user.Role.SUPERVISOR;

import java.util.EnumSet;
import java.util.Set;

/**
 * What people do at the station (DESIGN.md section 1), each with the roles that may do it. Services
 * check permissions, never roles, so that who-may-do-what is decided here and nowhere else. Shown to
 * people through {@code permission.<NAME>}; a refusal through {@code error.permission.<NAME>}.
 */
public enum Permission {
    /** Intake at the counter: drafts, the one-time notice of missing materials, acceptance and receipts. */
    TAKE_IN(CLERK),
    /** The institution's review: verdicts on materials, the route, assessment results, the opinion, the proposed outcome. */
    REVIEW(REVIEWER),
    /**
     * The supervisor's part: approving or sending back the reviewer's decision, the stamped form, exporting
     * submissions, recording the department's decision and the certificate.
     */
    SUPERVISE(SUPERVISOR),
    /**
     * Recording an applicant's withdrawal: the written request comes to the counter before acceptance and
     * to the supervisor once the application has left the counter; the reviewer decides, never ends it.
     */
    RECORD_WITHDRAWAL(CLERK, SUPERVISOR),
    /**
     * Finding any application the station holds and reading where it stands (申请查询): those who handle
     * applications. The administrator looks after users, keys and backups, not applicants' data.
     */
    FIND_APPLICATIONS(CLERK, REVIEWER, SUPERVISOR),
    /** Reading and exporting the audit trail: those who answer for the institution's decisions and its station. */
    READ_AUDIT_TRAIL(SUPERVISOR, ADMIN),
    /** The station's figures for the regional skills statistics (notice 四(三)): counts only, no person. */
    READ_STATISTICS(SUPERVISOR, ADMIN),
    /** Users, keys, settings, catalogue versions, backup and restore. */
    ADMINISTER(ADMIN);

    private final Set<Role> holders;

    Permission(Role first, Role... more) {
        this.holders = EnumSet.of(first, more);
    }

    /** The roles that hold this permission. */
    public Set<Role> holders() {
        return EnumSet.copyOf(holders);
    }

    public boolean heldBy(Set<Role> roles) {
        return roles.stream().anyMatch(holders::contains);
    }
}
