package cn.bizhao.persistence.department;

import cn.bizhao.domain.review.DepartmentOutcome;
import java.time.Instant;
import java.time.LocalDate;

/** The department's decision at the institution, in department_decision with the columns of version 9. */
public final class PackageDecisionRow {
    public Long id;
    public Long applicationId;
    public DepartmentOutcome outcome;
    public LocalDate decidedOn;
    public String documentNo;
    public String note;
    public String corrections;
    public String departmentName;
    public String packageId;
    public String recordedBy;
    public Instant recordedAt;
}
