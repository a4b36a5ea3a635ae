package cn.bizhao.domain.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 撤销: an issued certificate revoked (the pledge: 如有虚假…取消比照资格及相关证书), with the reason and
 * the number of the document that ordered it.
 *
 * @param fromPackage true when the revocation came in the department's signed package, false when it
 *                    was recorded here (by the department, or by the supervisor on its written instruction)
 */
public record Revocation(long applicationId, String certificateNo, LocalDate revokedOn, String reason,
                         String documentNo, boolean fromPackage, String recordedBy, Instant recordedAt) {
}
