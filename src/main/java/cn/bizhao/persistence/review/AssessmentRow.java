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

    public static AssessmentRow of(long applicationId, ModuleAssessment assessment) {
        AssessmentRow row = new AssessmentRow();
        row.applicationId = applicationId;
        row.moduleNo = assessment.moduleNumber();
        row.assessedOn = assessment.assessedOn();
        row.passed = assessment.passed();
        row.score = assessment.score();
        row.assessor = assessment.assessor();
        row.recordedBy = assessment.recordedBy();
        row.recordedAt = assessment.recordedAt();
        return row;
    }

    public ModuleAssessment toAssessment() {
        return new ModuleAssessment(moduleNo, assessedOn, passed, score, assessor, recordedBy, recordedAt);
    }
}
