package cn.bizhao.domain.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessment of a skill module; a module may be assessed again after a fail, the latest counts.
 *
 * @param score the score when the assessment gives one, else null
 */
public record ModuleAssessment(int moduleNumber, LocalDate assessedOn, boolean passed, BigDecimal score,
                               String assessor, String recordedBy, Instant recordedAt) {
}
