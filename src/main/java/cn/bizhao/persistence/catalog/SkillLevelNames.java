package cn.bizhao.persistence.catalog;

import cn.bizhao.domain.catalog.CatalogText;
import cn.bizhao.domain.catalog.SkillLevel;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a level written in the catalogue's words back to its {@link SkillLevel}. */
final class SkillLevelNames {
    private SkillLevelNames() {
    }

    static Map<String, SkillLevel> index(Function<SkillLevel, String> officialName) {
        return Arrays.stream(SkillLevel.values())
                .collect(Collectors.toUnmodifiableMap(l -> CatalogText.normalize(officialName.apply(l)), l -> l));
    }

    static SkillLevel find(Map<String, SkillLevel> index, String text) {
        SkillLevel level = index.get(CatalogText.normalize(text));
        if (level == null) {
            throw new IllegalStateException("unknown skill level in catalogue: " + text);
        }
        return level;
    }
}
