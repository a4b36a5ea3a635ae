package cn.bizhao.persistence.review;

import cn.bizhao.domain.review.SkillModule;

/** A skill module to be assessed. */
public final class ModuleRow {
    public Long applicationId;
    public int moduleNo;
    public String name;

    public static ModuleRow of(long applicationId, SkillModule module) {
        ModuleRow row = new ModuleRow();
        row.applicationId = applicationId;
        row.moduleNo = module.number();
        row.name = module.name();
        return row;
    }

    public SkillModule toModule() {
        return new SkillModule(moduleNo, name);
    }
}
