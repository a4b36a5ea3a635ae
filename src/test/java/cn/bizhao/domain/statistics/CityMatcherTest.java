package cn.bizhao.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.service.statistics.ShippedCities;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CityMatcherTest {
    private static final CityMatcher MATCHER = new CityMatcher(ShippedCities.guangxi());

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "广西南宁市青秀区示例路1号,          示例有限公司,         450100",
            "南宁市西乡塘区玉林路8号,            示例有限公司,         450100",
            "广西壮族自治区防城港市港口区示例路, 示例有限公司,         450600",
            "崇左市江州区示例街,                 null,                 451400",
            "广西示例县示例镇,                   桂林示例酒店有限公司, 450300",
            "null,                               贺州示例矿业有限公司, 451100",
            "广东省广州市天河区示例路,           柳州示例汽车有限公司, 450200",
            "广东省广州市天河区示例路,           示例贸易有限公司,     null",
            "'',                                 '',                   null"})
    void findsTheCityInTheAddressThenInTheEmployer(String address, String employer, String code) {
        assertThat(MATCHER.cityOf(address, employer).map(City::code)).isEqualTo(Optional.ofNullable(code));
    }

    @Test
    void knowsGuangxisFourteenCitiesInOfficialOrder() {
        assertThat(MATCHER.cities()).hasSize(14);
        assertThat(MATCHER.cities().get(0)).isEqualTo(new City("450100", "南宁市", List.of("南宁")));
        assertThat(MATCHER.cities()).extracting(City::code).isSorted().last().isEqualTo("451400");
    }
}
