package cn.bizhao.service.review;

import cn.bizhao.domain.application.ApplicationStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a worklist shows: the statuses, the acceptance date range (inclusive), the certificate's
 * region and mapped occupation, the clerk, and a text found in the name, the acceptance number or
 * the document number. Null or blank values match everything.
 */
public record ReviewFilter(Set<ApplicationStatus> statuses, LocalDate from, LocalDate to, String region,
                           String occupation, String clerk, String text) {
    /** The statuses a reviewer works on. */
    public static final Set<ApplicationStatus> REVIEW_STATUSES = EnumSet.of(ApplicationStatus.ACCEPTED,
            ApplicationStatus.IN_REVIEW, ApplicationStatus.ASSESSMENT_REQUIRED);

    public ReviewFilter {
        statuses = statuses == null || statuses.isEmpty() ? REVIEW_STATUSES : EnumSet.copyOf(statuses);
    }

    public static ReviewFilter of(Set<ApplicationStatus> statuses) {
        return new ReviewFilter(statuses, null, null, null, null, null, null);
    }

    public static ReviewFilter reviewerDefault() {
        return of(REVIEW_STATUSES);
    }
}
