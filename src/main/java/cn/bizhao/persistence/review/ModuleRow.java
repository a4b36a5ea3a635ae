package cn.bizhao.persistence.review;

import cn.bizhao.domain.review.SkillModule;

/** A skill module to be assessed. */
public final class ModuleRow {
    public Long applicationId;
    public int moduleNo;
    public String name;

    public SkillModule toModule() {
        return new SkillModule(moduleNo, name);
    }
}
