package cn.bizhao.domain.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * 比照认定等级: the five national vocational skill levels, grade 1 (高级技师) to grade 5 (初级工).
 * Official names live in the message bundles under {@code skillLevel.<NAME>}.
 */
public enum SkillLevel {
    LEVEL_1(1), LEVEL_2(2), LEVEL_3(3), LEVEL_4(4), LEVEL_5(5);

    private final int grade;

    SkillLevel(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }


    public static Optional<SkillLevel> ofGrade(int grade) {
        return Arrays.stream(values()).filter(l -> l.grade == grade).findFirst();
    }
}
