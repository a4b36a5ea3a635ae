package cn.bizhao.persistence.application;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.catalog.SkillLevel;
import java.time.Instant;

/** One application as the search lists it: no pages, no contact details, and the clerk's name joined in. */
public final class FoundRow {
    public long id;
    public String acceptanceNo;
    public ApplicationStatus status;
    public String name;
    public String idNumber;
    public String certName;
    public String certProject;
    public String certLevel;
    public String catalogVersion;
    public String catalogOccupation;
    public SkillLevel catalogSkillLevel;
    public String clerk;
    public String clerkName;
    public Instant createdAt;
    public Instant acceptedAt;
}
