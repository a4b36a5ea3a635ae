package cn.bizhao.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.catalog.CatalogMatch.Matched;
import cn.bizhao.domain.catalog.CatalogMatch.NotInCatalog;
import cn.bizhao.i18n.Messages;
import cn.bizhao.persistence.catalog.ShippedCatalogs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of Attachment 1, typed here independently of the data file, must match exactly. */
class CatalogMatcherTest {
    private static final CatalogVersion CATALOG =
            new ShippedCatalogs(level -> Messages.chinese().of(level)).all().get(0);
    private final CatalogMatcher matcher = new CatalogMatcher(CATALOG);

    @ParameterizedTest(name = "row {0}: {1} {2} {3}")
    @CsvSource({
            "1, 德国, IHK金属切削师, /, 铣工（数控铣工）, 2",
            "2, 德国, IHK机电师, /, 电工, 2",
            "3, 德国, IHK汽车机电师, /, 汽车维修工, 2",
            "4, 德国, AHK机电一体化工, /, 电工, 2",
            "5, 德国, AHK切削机械工, /, 多工序机床操作调整工, 2",
            "6, 德国, AHK双元制培训师, /, 职业培训师, 2",
            "7, 台湾地区, 中餐烹调技术士, 甲级, 中式烹调师, 1",
            "8, 台湾地区, 中餐烹调技术士, 乙级, 中式烹调师, 2",
            "9, 台湾地区, 中餐烹调技术士, 丙级, 中式烹调师, 3",
            "10, 台湾地区, 西餐烹调技术士, 乙级, 西式烹调师, 2",
            "11, 台湾地区, 西餐烹调技术士, 丙级, 西式烹调师, 3",
            "12, 台湾地区, 美容技术士, 乙级, 美容师, 2",
            "13, 台湾地区, 美容技术士, 丙级, 美容师, 3",
            "14, 台湾地区, 女子美发技术士, 乙级, 美发师, 2",
            "15, 台湾地区, 女子美发技术士, 丙级, 美发师, 3",
            "16, 台湾地区, 中式面食加工技术士, 乙级, 中式面点师, 2",
            "17, 台湾地区, 中式面食加工技术士, 丙级, 中式面点师, 3",
            "18, 台湾地区, 工业电子技术士, 丙级, 广电与通信设备电子装接工, 4",
            "19, 台湾地区, 数位电子技术士, 甲级, 电子专用设备装调工, 2",
            "20, 台湾地区, 数位电子技术士, 乙级, 电子专用设备装调工, 3",
            "21, 马来西亚, 无人机驾驶, 二级, 无人机驾驶员, 5",
            "22, 马来西亚, 无人机驾驶, 三级, 无人机驾驶员, 4",
            "23, 印度尼西亚, 焊工, 四级, 焊工, 5",
            "24, 印度尼西亚, 焊工, 三级, 焊工, 4",
            "25, 缅甸, 电工, 二级, 电工, 5",
            "26, 缅甸, 电工, 三级, 电工, 4",
            "27, 缅甸, 焊工, 二级, 焊工, 5",
            "28, 缅甸, 焊工, 三级, 焊工, 4",
            "29, 越南, 电工, 四级, 电工, 5",
            "30, 越南, 电工, 三级, 电工, 4",
            "31, 越南, 餐厅服务, 四级, 餐厅服务员, 5",
            "32, 越南, 餐厅服务, 三级, 餐厅服务员, 4"
    })
    void matchesEveryRowOfAttachmentOne(int number, String region, String project, String level,
                                        String occupation, int grade) {
        CatalogMatch match = matcher.match(region, project, level);

        assertThat(match).isEqualTo(new Matched(new CatalogEntry(number, region, project, level, occupation,
                SkillLevel.ofGrade(grade).orElseThrow())));
    }

    @Test
    void holdsExactlyThe32RowsOfThe2024Catalogue() {
        assertThat(CATALOG.version()).isEqualTo("2024");
        assertThat(CATALOG.publishedOn()).hasToString("2024-10-24");
        assertThat(CATALOG.entries()).extracting(CatalogEntry::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 32).boxed().toList());
    }

    @Test
    void refusesRegionNotInCatalogue() {
        assertThat(matcher.match("泰国", "电工", "四级")).isEqualTo(new NotInCatalog(NotInCatalogReason.UNKNOWN_REGION,
                "泰国", List.of("德国", "台湾地区", "马来西亚", "印度尼西亚", "缅甸", "越南")));
    }

    @Test
    void refusesProjectNotListedForTheRegion() {
        assertThat(matcher.match("越南", "焊工", "四级")).isEqualTo(new NotInCatalog(NotInCatalogReason.UNKNOWN_PROJECT,
                "焊工", List.of("电工", "餐厅服务")));
    }

    @Test
    void refusesLevelNotListedForTheProject() {
        assertThat(matcher.match("越南", "电工", "二级")).isEqualTo(new NotInCatalog(NotInCatalogReason.LEVEL_NOT_LISTED,
                "二级", List.of("四级", "三级")));
    }

    @Test
    void refusesALevelForACertificateThatHasNone() {
        assertThat(matcher.match("德国", "IHK机电师", "一级"))
                .isEqualTo(new NotInCatalog(NotInCatalogReason.LEVEL_NOT_LISTED, "一级", List.of("/")));
    }

    @Test
    void refusesMissingLevelWhenTheProjectHasLevels() {
        assertThat(matcher.match("台湾地区", "美容技术士", null))
                .isEqualTo(new NotInCatalog(NotInCatalogReason.LEVEL_NOT_LISTED, "/", List.of("乙级", "丙级")));
    }

    @Test
    void treatsBlankLevelAsNoLevel() {
        assertThat(matcher.match("德国", "IHK机电师", " ")).isInstanceOf(Matched.class);
    }

    @Test
    void treatsHalfWidthAndFullWidthBracketsAlike() {
        CatalogMatch match = matcher.match(" 德国 ", "IHK金属切削师", "/");

        assertThat(((Matched) match).entry().occupation()).isEqualTo("铣工（数控铣工）");
        assertThat(CatalogText.normalize("初级工（五级)")).isEqualTo("初级工（五级）");
        assertThat(CatalogText.same("铣工(数控铣工)", "铣工（数控铣工）")).isTrue();
    }

    @Test
    void storesTheMixedBracketLevelsInOneNormalForm() {
        assertThat(CATALOG.entries().get(20).level()).isEqualTo(SkillLevel.LEVEL_5);
        assertThat(CATALOG.entries()).extracting(CatalogEntry::occupation).noneMatch(o -> o.contains("("));
    }

    @Test
    void listsChoicesForTheComparisonScreen() {
        assertThat(matcher.projects("德国")).hasSize(6);
        assertThat(matcher.levels("台湾地区", "中餐烹调技术士")).containsExactly("甲级", "乙级", "丙级");
    }
}
