package cn.bizhao.persistence.department;

import cn.bizhao.domain.application.ApplicationStatus;
import java.time.Instant;

/** One submission in the department's list: the application, where it came from, its newest version. */
public final class InboxRow {
    public Long applicationId;
    public String acceptanceNo;
    public String name;
    public ApplicationStatus status;
    public String sourceOrg;
    public Integer versionNo;
    public Instant receivedAt;
    public String occupation;
    public String skillLevel;
}
