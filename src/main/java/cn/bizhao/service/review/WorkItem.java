package cn.bizhao.service.review;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.review.ReviewHold;
import java.time.Instant;

/**
 * One line of a worklist; the document number is masked (DESIGN.md section 8).
 *
 * @param clerk              the name of the clerk who took it in (the login when no user here holds it)
 * @param awaitingSupervisor a reviewer's conclusion waits for the supervisor
 * @param hold               who holds the file (领取)
 */
public record WorkItem(long id, String acceptanceNo, String name, String maskedIdNumber, String region,
                       String occupation, SkillLevel level, ApplicationStatus status, String clerk, Instant acceptedAt,
                       boolean awaitingSupervisor, ReviewHold hold) {
}
