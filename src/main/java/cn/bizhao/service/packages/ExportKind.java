package cn.bizhao.service.packages;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.Role;
import cn.bizhao.packaging.PackageType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an export is for, with who may make it and which applications go into it; names shown
 * via {@code exportKind.<NAME>}.
 */
public enum ExportKind {
    /**
     * 报送: approved applications with the institution's review to the regional department, and those it
     * returned, corrected, as the next version of the submission; they become SUBMITTED.
     */
    SUBMISSION(PackageType.SUBMISSION, EnumSet.of(Role.SUPERVISOR),
            EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.DEPT_RETURNED), false),
    /** 送审: accepted applications to an offline reviewer; an accepted one goes into review. */
    REVIEW(PackageType.REVIEW, EnumSet.of(Role.CLERK, Role.SUPERVISOR),
            EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.IN_REVIEW), false),
    /**
     * 审核结果: a reviewer's review of an imported application, back to the counter: with a conclusion
     * for the supervisor there (in review), sent to module assessment, or decided at the reviewer's station.
     */
    REVIEW_RESULT(PackageType.REVIEW_RESULT, EnumSet.of(Role.REVIEWER),
            EnumSet.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.ASSESSMENT_REQUIRED, ApplicationStatus.RETURNED,
                    ApplicationStatus.REJECTED, ApplicationStatus.APPROVED), true);

    private final PackageType packageType;
    private final Set<Role> roles;
    private final Set<ApplicationStatus> statuses;
    private final boolean ofImported;

    ExportKind(PackageType packageType, Set<Role> roles, Set<ApplicationStatus> statuses, boolean ofImported) {
        this.packageType = packageType;
        this.roles = roles;
        this.statuses = statuses;
        this.ofImported = ofImported;
    }

    /** True when the package carries the institution's review (review.json). */
    boolean carriesReview() {
        return this != REVIEW;
    }

    PackageType packageType() {
        return packageType;
    }

    public boolean allowedFor(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** The statuses an application must have to go into this kind of package. */
    public Set<ApplicationStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    /** True when only applications imported from another station go into it (review results). */
    boolean ofImported() {
        return ofImported;
    }

    /** The kind named on the command line: submission, review or review-result. */
    public static ExportKind ofLabel(String label) {
        return PackageType.ofLabel(label).map(ExportKind::of)
                .orElseThrow(() -> new DomainException("packages.export.unknownKind", label));
    }

    static ExportKind of(PackageType type) {
        return switch (type) {
            case SUBMISSION -> SUBMISSION;
            case REVIEW -> REVIEW;
            case REVIEW_RESULT -> REVIEW_RESULT;
            // the department's packages are written by its decision service, never by this export
            case DECISION, REVOCATION -> throw new DomainException("packages.export.unknownKind", type.label());
        };
    }
}
