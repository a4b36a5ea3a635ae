package cn.bizhao.service.application;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.catalog.SkillLevel;
import java.time.Instant;

/**
 * One application as the search finds it; the document number is masked (DESIGN.md section 8).
 *
 * @param acceptanceNo null until accepted
 * @param occupation   the mapped occupation, null before the catalogue comparison
 * @param clerkName    the clerk's display name, or the login when the user is gone
 * @param acceptedAt   null until accepted
 */
public record FoundApplication(long id, String acceptanceNo, ApplicationStatus status, String name,
                               String maskedIdNumber, String certificateName, String certificateProject,
                               String certificateLevel, String catalogVersion, String occupation, SkillLevel level,
                               String clerk, String clerkName, Instant createdAt, Instant acceptedAt) {
}
