package cn.bizhao.domain.catalog;

import java.util.Objects;

/**
 * 目录条目: one row of the catalogue, always held in normal form.
 *
 * @param number          序号 within its catalogue version
 * @param region          境外（国家）地区
 * @param overseasProject 境外职业技能项目
 * @param overseasLevel   境外等级, {@link OverseasLevel#NONE} when the certificate has no level
 * @param occupation      比照认定职业（工种）
 * @param level           比照认定等级
 */
public record CatalogEntry(int number, String region, String overseasProject, String overseasLevel,
                           String occupation, SkillLevel level) {
    public CatalogEntry {
        if (number < 1) {
            throw new IllegalArgumentException("catalogue number must be positive: " + number);
        }
        region = requireText(region, "region");
        overseasProject = requireText(overseasProject, "overseasProject");
        overseasLevel = OverseasLevel.normalize(overseasLevel);
        occupation = requireText(occupation, "occupation");
        Objects.requireNonNull(level, "level");
    }

    private static String requireText(String value, String field) {
        String text = CatalogText.normalize(value);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return text;
    }

    public boolean hasOverseasLevel() {
        return !OverseasLevel.isNone(overseasLevel);
    }
}
