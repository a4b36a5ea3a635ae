package cn.bizhao.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 申请查询 without a screen, on a real station: the filters, the table's texts, the count. */
class ApplicationsViewModelTest {
    @TempDir
    static Path home;
    private static Services services;
    private static User admin;
    private static long hoa;
    private static long chen;
    private static long draft;

    @BeforeAll
    static void station() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        AcceptedApplications counter = new AcceptedApplications(services, admin);
        hoa = counter.accept(counter.draft(IntakeFixtures.employeeNamed("阮氏花"),
                new OverseasCertificate("电工职业技能证书", "电工", "四级", "越南 示例机构", "VN-EL-7781", null), "越南"),
                AcceptedApplications.at("2024-03-05T10:00"), ApplicationStatus.ACCEPTED);
        chen = counter.accept(counter.draft(IntakeFixtures.employeeNamed("陈大文"),
                new OverseasCertificate("焊工证书", "焊工", "三级", "缅甸 示例机构", "MM-WD-3302", null), "缅甸"),
                AcceptedApplications.at("2024-04-02T16:30"), ApplicationStatus.IN_REVIEW);
        draft = services.intake().startDraft(admin).id();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static ApplicationsViewModel model(int limit) {
        return new ApplicationsViewModel(query -> services.applications().search(admin, query), limit,
                List.of("电工", "焊工", "电工", "美容师"), TaskRunner.direct(), Messages.chinese(),
                AcceptedApplications.CHINA);
    }

    private static ResultRow rowOf(ApplicationsViewModel model, long id) {
        return model.rows().stream().filter(r -> r.application().id() == id).findFirst().orElseThrow();
    }

    @Test
    void listsTheNewestWithTheTextsOfTheTable() {
        ApplicationsViewModel model = model(ApplicationsViewModel.WINDOW_LIMIT);

        model.search();

        assertThat(model.rows()).extracting(r -> r.application().id()).containsExactly(draft, chen, hoa);
        ResultRow row = rowOf(model, hoa);
        assertThat(row.number()).isEqualTo("TEST45-2024-" + String.format("%05d", hoa));
        assertThat(row.name()).isEqualTo("阮氏花");
        assertThat(row.idNumber()).contains("**********")
                .isNotEqualTo(services.intake().find(hoa).applicant().idNumber());
        assertThat(row.certificate()).isEqualTo("电工职业技能证书（电工 四级）");
        assertThat(row.mapping()).isEqualTo("电工 初级工（五级）");
        assertThat(row.status()).isEqualTo("已受理");
        assertThat(row.acceptedOn()).isEqualTo("2024-03-05");
        assertThat(row.clerk()).isEqualTo("测试管理员");
        assertThat(model.countProperty().get()).isEqualTo("共 3 份申请，最新的在前。");
    }

    @Test
    void aDraftShowsItsDraftNumberAndWhatIsNotTypedYet() {
        ApplicationsViewModel model = model(ApplicationsViewModel.WINDOW_LIMIT);

        model.search();

        ResultRow row = rowOf(model, draft);
        assertThat(row.number()).isEqualTo("暂存号 " + draft);
        assertThat(row.name()).isEqualTo("（未填姓名）");
        assertThat(row.status()).isEqualTo("草稿");
        assertThat(row.acceptedOn()).isEmpty();
        assertThat(row.mapping()).isEmpty();
    }

    @Test
    void eachFilterNarrowsTheListAndClearingShowsAllAgain() {
        ApplicationsViewModel model = model(ApplicationsViewModel.WINDOW_LIMIT);
        model.nameProperty().set("陈");
        model.search();
        assertThat(model.rows()).extracting(r -> r.application().id()).containsExactly(chen);

        model.clear();

        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.rows()).hasSize(3);
    }

    @Test
    void theFiltersReachTheSearch() {
        ApplicationsViewModel model = model(ApplicationsViewModel.WINDOW_LIMIT);
        model.statusProperty().set(ApplicationStatus.IN_REVIEW);
        model.search();
        assertThat(model.rows()).extracting(r -> r.application().id()).containsExactly(chen);

        model.clear();
        model.occupationProperty().set("电工");
        model.search();
        assertThat(model.rows()).extracting(r -> r.application().id()).containsExactly(hoa);

        model.clear();
        model.fromProperty().set(LocalDate.of(2024, 3, 5));
        model.toProperty().set(LocalDate.of(2024, 3, 5));
        model.search();
        assertThat(model.rows()).extracting(r -> r.application().id()).containsExactly(hoa);

        model.clear();
        model.documentNumberProperty().set(services.intake().find(chen).applicant().idNumber());
        model.search();
        assertThat(model.rows()).extracting(r -> r.application().id()).containsExactly(chen);

        model.clear();
        model.certificateNoProperty().set("MM-WD");
        model.acceptanceNoProperty().set("2024");
        model.search();
        assertThat(model.rows()).extracting(r -> r.application().id()).containsExactly(chen);
    }

    @Test
    void findingNothingLeavesTheCountToTheEmptyTable() {
        ApplicationsViewModel model = model(ApplicationsViewModel.WINDOW_LIMIT);
        model.nameProperty().set("无此人");

        model.search();

        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void saysHowManyMatchWhenTheListIsCut() {
        ApplicationsViewModel model = model(2);

        model.search();

        assertThat(model.rows()).hasSize(2);
        assertThat(model.countProperty().get()).isEqualTo("共 3 份符合条件，只列出最新的 2 份。请加上条件缩小范围。");
    }

    @Test
    void aReversedPeriodIsExplainedAndListsNothing() {
        ApplicationsViewModel model = model(ApplicationsViewModel.WINDOW_LIMIT);
        model.search();
        model.fromProperty().set(LocalDate.of(2024, 5, 1));
        model.toProperty().set(LocalDate.of(2024, 4, 1));

        model.search();

        assertThat(model.errorProperty().get())
                .isEqualTo("受理日期起（2024-05-01）晚于受理日期止（2024-04-01）。请把起始日期改为不晚于截止日期。");
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEmpty();
    }

    @Test
    void theChosenApplicationStaysChosenWhenSearchedAgain() {
        ApplicationsViewModel model = model(ApplicationsViewModel.WINDOW_LIMIT);
        model.search();
        model.selectedProperty().set(rowOf(model, chen));

        model.search();

        assertThat(model.selectedProperty().get().application().id()).isEqualTo(chen);
        model.nameProperty().set("阮");
        model.search();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void offersEveryStatusAndEachOccupationOnceInPinyinOrderAfterAll() {
        ApplicationsViewModel model = model(ApplicationsViewModel.WINDOW_LIMIT);

        assertThat(model.statuses()).hasSize(ApplicationStatus.values().length + 1).startsWith((ApplicationStatus) null);
        assertThat(model.statusText(null)).isEqualTo("全部状态");
        assertThat(model.statusText(ApplicationStatus.DEPT_RETURNED)).isEqualTo("人社部门退回");
        assertThat(model.occupations()).containsExactly(null, "电工", "焊工", "美容师");
        assertThat(model.occupationText(null)).isEqualTo("全部比照职业");
    }
}
