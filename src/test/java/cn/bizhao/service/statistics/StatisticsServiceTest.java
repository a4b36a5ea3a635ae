package cn.bizhao.service.statistics;

import static cn.bizhao.testing.AcceptedApplications.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.statistics.Dimension;
import cn.bizhao.domain.statistics.Statistics;
import cn.bizhao.domain.statistics.Tally;
import cn.bizhao.domain.user.PermissionDeniedException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.NewUser;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statistics on a real station with a known set of applications: four accepted from March to May
 * 2024 in different cities, regions and statuses, one accepted in June, one never accepted.
 */
class StatisticsServiceTest {
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate END_OF_MAY = LocalDate.of(2024, 5, 31);

    @TempDir
    Path home;
    private Services services;
    private User admin;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        AcceptedApplications applications = new AcceptedApplications(services, admin);
        applications.accepted("广西南宁市青秀区示例路1号", "南宁示例机械有限公司", "越南", "电工", "四级",
                at("2024-03-05T10:00"), ApplicationStatus.ACCEPTED);
        // 00:30 on 1 April in Guangxi is still 31 March in UTC: counted in April
        applications.accepted("广西柳州市城中区示例路2号", "柳州示例汽车有限公司", "缅甸", "焊工", "三级",
                at("2024-04-01T00:30"), ApplicationStatus.IN_REVIEW);
        applications.accepted("广西示例县示例镇", "桂林示例酒店有限公司", "台湾地区", "中餐烹调技术士", "丙级",
                at("2024-04-15T09:00"), ApplicationStatus.ACCEPTED);
        applications.accepted("广东省广州市天河区示例路", "示例贸易有限公司", "越南", "电工", "三级",
                at("2024-04-20T16:00"), ApplicationStatus.WITHDRAWN);
        applications.accepted("广西南宁市江南区示例路3号", "南宁示例物流有限公司", "越南", "电工", "四级",
                at("2024-06-01T08:00"), ApplicationStatus.ACCEPTED);
        applications.draft("广西南宁市青秀区示例路5号", "南宁示例有限公司", "越南", "电工", "四级");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Statistics marchToMay() {
        return services.statistics().compute(admin, MARCH, END_OF_MAY);
    }

    @Test
    void countsOnlyApplicationsAcceptedInThePeriod() {
        assertThat(marchToMay().total()).isEqualTo(4);
        assertThat(services.statistics().compute(admin, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1)).total())
                .isEqualTo(1);
    }

    @Test
    void countsByMonthInGuangxisTimeListingEmptyMonths() {
        assertThat(marchToMay().by(Dimension.MONTH))
                .containsExactly(new Tally("2024-03", 1), new Tally("2024-04", 3), new Tally("2024-05", 0));
    }

    @Test
    void countsByCityFromTheAddressOrTheEmployerListingAllFourteen() {
        Statistics statistics = marchToMay();

        assertThat(statistics.by(Dimension.CITY)).hasSize(15);
        assertThat(statistics.by(Dimension.CITY).get(14)).isEqualTo(new Tally(Tally.UNKNOWN, 1));
        assertThat(statistics.by(Dimension.CITY)).filteredOn(t -> t.count() > 0).containsExactly(
                new Tally("450100", 1), new Tally("450200", 1), new Tally("450300", 1), new Tally(Tally.UNKNOWN, 1));
    }

    @Test
    void countsByTheRouteTheReviewerChose() {
        ReviewFixtures.asAdministrator(services).reviewed(Route.DIRECT);
        LocalDate today = services.statistics().today();

        assertThat(services.statistics().compute(admin, today, today).by(Dimension.ROUTE))
                .containsExactly(new Tally("DIRECT", 1));
        assertThat(marchToMay().by(Dimension.ROUTE)).containsExactly(new Tally(Tally.UNKNOWN, 4));
    }

    @Test
    void countsByRegionOfTheCertificate() {
        assertThat(marchToMay().by(Dimension.REGION))
                .containsExactly(new Tally("越南", 2), new Tally("台湾地区", 1), new Tally("缅甸", 1));
    }

    @Test
    void countsByOccupationAndLevelFromTheCatalogue() {
        assertThat(marchToMay().by(Dimension.OCCUPATION_LEVEL)).containsExactlyInAnyOrder(
                new Tally("电工|LEVEL_5", 1), new Tally("电工|LEVEL_4", 1), new Tally("焊工|LEVEL_4", 1),
                new Tally("中式烹调师|LEVEL_3", 1));
    }

    @Test
    void countsByStatusNow() {
        assertThat(marchToMay().by(Dimension.STATUS)).containsExactly(new Tally("ACCEPTED", 2),
                new Tally("IN_REVIEW", 1), new Tally("WITHDRAWN", 1));
    }

    @Test
    void namesKeysInTheReadersLanguage() {
        StatisticsLabels labels = new StatisticsLabels(Messages.chinese(), services.statistics().cities());

        assertThat(labels.of(Dimension.CITY, "450300")).isEqualTo("桂林市");
        assertThat(labels.of(Dimension.CITY, Tally.UNKNOWN)).isEqualTo("其他/未识别");
        assertThat(labels.of(Dimension.STATUS, "WITHDRAWN")).isEqualTo("申请人撤回");
        assertThat(labels.of(Dimension.OCCUPATION_LEVEL, "电工|LEVEL_5")).isEqualTo("电工 初级工（五级）");
    }

    @Test
    void refusesSomeoneWithoutTheStatisticsPermission() {
        services.users().create(admin, new NewUser("li", "李受理", Set.of(Role.CLERK, Role.REVIEWER),
                "Start-2024".toCharArray(), "Start-2024".toCharArray()));
        User clerk = services.accounts().login("li", "Start-2024".toCharArray());

        assertThatThrownBy(() -> services.statistics().compute(clerk, MARCH, END_OF_MAY))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> services.statistics().compute(admin, END_OF_MAY, MARCH))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("error.statistics.period");
    }
}
