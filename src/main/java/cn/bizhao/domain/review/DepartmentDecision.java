package cn.bizhao.domain.review;

import cn.bizhao.domain.application.Page;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The regional department's decision on a submitted application, with the scan of its reply.
 *
 * @param documentNo the reply's document number (文号)
 * @param reply      the scan of the reply, null when none was kept
 */
public record DepartmentDecision(DepartmentOutcome outcome, LocalDate decidedOn, String documentNo, String note,
                                 Page reply, String recordedBy, Instant recordedAt) {
}
