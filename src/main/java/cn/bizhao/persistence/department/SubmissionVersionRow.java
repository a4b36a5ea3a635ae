package cn.bizhao.persistence.department;

import java.time.Instant;

/** One version of a submission, as exported by the institution or imported by the department. */
public final class SubmissionVersionRow {
    public Long id;
    public Long applicationId;
    public Integer versionNo;
    public String packageId;
    public String sourceOrg;
    public String recordedBy;
    public Instant recordedAt;
}
