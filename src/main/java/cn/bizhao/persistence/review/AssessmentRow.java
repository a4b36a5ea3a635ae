package cn.bizhao.persistence.review;

import cn.bizhao.domain.review.ModuleAssessment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One assessment of a skill module. */
public final class AssessmentRow {
    public Long id;
    public Long applicationId;
    public int moduleNo;
    public LocalDate assessedOn;
    public boolean passed;
    public BigDecimal score;
    public String assessor;
    public String recordedBy;
    public Instant recordedAt;

    public ModuleAssessment toAssessment() {
        return new ModuleAssessment(moduleNo, assessedOn, passed, score, assessor, recordedBy, recordedAt);
    }
}
