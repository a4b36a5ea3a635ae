package cn.bizhao.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.audit.StatusChange;
import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.user.PermissionDeniedException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 申请查询 on a real station (encrypted Derby, the mapper's dynamic SQL): five applications in different
 * statuses, each filter shown to find the ones it should and to leave out the others.
 */
class ApplicationSearchServiceTest {
    @TempDir
    static Path home;
    private static Services services;
    private static User admin;
    private static ApplicationSearchService search;

    /** 阮氏花: accepted 2024-03-05, Vietnamese electrician, still accepted. */
    private static long hoa;
    /** 陈大文: accepted 2024-04-02, Burmese welder, in review. */
    private static long chen;
    /** Nguyen Van An: accepted 2024-05-10, Vietnamese restaurant service, refused. */
    private static long nguyen;
    /** 黄草稿: a draft, a Taiwanese cook, never accepted. */
    private static long draft;
    /** 黎明测试: taken through review to the certificate today, by the real services. */
    private static long certified;

    @BeforeAll
    static void station() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        search = services.applications();
        AcceptedApplications counter = new AcceptedApplications(services, admin);
        hoa = counter.accept(counter.draft(IntakeFixtures.employeeNamed("阮氏花"),
                certificate("电工", "四级", "VN-EL-7781"), "越南"),
                AcceptedApplications.at("2024-03-05T10:00"), ApplicationStatus.ACCEPTED);
        chen = counter.accept(counter.draft(IntakeFixtures.employeeNamed("陈大文"),
                certificate("焊工", "三级", "MM-WD-3302"), "缅甸"),
                AcceptedApplications.at("2024-04-02T16:30"), ApplicationStatus.IN_REVIEW);
        nguyen = counter.accept(counter.draft(IntakeFixtures.employeeNamed("Nguyen Van An"),
                certificate("餐厅服务", "四级", "VN-RS-0415"), "越南"),
                AcceptedApplications.at("2024-05-10T09:00"), ApplicationStatus.REJECTED);
        draft = counter.draft(IntakeFixtures.employeeNamed("黄草稿"),
                new OverseasCertificate("中餐烹调技术士技术证", "中餐烹调技术士", "丙级", "台湾地区 示例机构", "TW-CK-1009", null),
                "台湾地区");
        certified = ReviewFixtures.asAdministrator(services).certified();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static OverseasCertificate certificate(String project, String level, String number) {
        return new OverseasCertificate(project + "证书", project, level, "示例评价机构", number, null);
    }

    private static List<Long> found(ApplicationQuery query) {
        return search.search(admin, query).applications().stream().map(FoundApplication::id).toList();
    }

    private static ApplicationQuery all() {
        return ApplicationQuery.newest(null);
    }

    private static String fullNumber(long id) {
        return services.intake().find(id).applicant().idNumber();
    }

    @Test
    void listsEveryApplicationNewestFirstByAcceptanceOrCreation() {
        SearchResult result = search.search(admin, all());

        assertThat(result.applications()).extracting(FoundApplication::id)
                .containsExactly(certified, draft, nguyen, chen, hoa);
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void showsWhatTheTableNeedsWithTheDocumentNumberMasked() {
        FoundApplication found = search.search(admin, all().withName("阮氏花")).applications().get(0);

        assertThat(found.acceptanceNo()).isEqualTo("TEST45-2024-" + String.format("%05d", hoa));
        assertThat(found.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(found.certificateName()).isEqualTo("电工证书");
        assertThat(found.certificateLevel()).isEqualTo("四级");
        assertThat(found.occupation()).isEqualTo("电工");
        assertThat(found.level()).isEqualTo(SkillLevel.LEVEL_5);
        assertThat(found.clerk()).isEqualTo(TestStation.ADMIN);
        assertThat(found.clerkName()).isEqualTo("测试管理员");
        assertThat(found.acceptedAt()).isEqualTo(AcceptedApplications.at("2024-03-05T10:00"));
        assertThat(found.maskedIdNumber()).isNotEqualTo(fullNumber(hoa)).contains("**********")
                .startsWith(fullNumber(hoa).substring(0, 4)).endsWith(fullNumber(hoa).substring(14));
    }

    @Test
    void findsByAPartOfTheAcceptanceNumberInAnyCase() {
        assertThat(found(all().withAcceptanceNo("test45-2024-"))).containsExactly(nguyen, chen, hoa);
        assertThat(found(all().withAcceptanceNo(String.format("2024-%05d", chen)))).containsExactly(chen);
    }

    @Test
    void findsByAPartOfTheNameInAnyCase() {
        assertThat(found(all().withName("氏"))).containsExactly(hoa);
        assertThat(found(all().withName(" nguyen "))).containsExactly(nguyen);
        assertThat(found(all().withName("草稿"))).containsExactly(draft);
    }

    @Test
    void takesTheWildcardsOfSqlLiterally() {
        assertThat(found(all().withName("%"))).isEmpty();
        assertThat(found(all().withAcceptanceNo("_"))).isEmpty();
    }

    @Test
    void findsByTheWholeDocumentNumberOnlyHoweverItIsTyped() {
        String number = fullNumber(chen);
        String spaced = number.substring(0, 6) + " " + number.substring(6, 14) + " " + number.substring(14).toLowerCase();

        assertThat(found(all().withDocumentNumber(number))).containsExactly(chen);
        assertThat(found(all().withDocumentNumber(spaced))).containsExactly(chen);
        assertThat(found(all().withDocumentNumber(number.substring(0, 14)))).isEmpty();
        assertThat(found(all().withDocumentNumber(number.substring(4)))).isEmpty();
    }

    @Test
    void findsByAPartOfTheOverseasCertificateNumber() {
        assertThat(found(all().withCertificateNo("vn-el"))).containsExactly(hoa);
        assertThat(found(all().withCertificateNo("TW-CK-1009"))).containsExactly(draft);
    }

    @Test
    void findsByThePartOfTheNumberOfTheCertificateIssued() {
        String issued = ReviewFixtures.certificateNumber(certified);

        assertThat(found(all().withCertificateNo(issued.substring(10)))).containsExactly(certified);
    }

    @Test
    void findsByStatus() {
        assertThat(found(all().withStatus(ApplicationStatus.IN_REVIEW))).containsExactly(chen);
        assertThat(found(all().withStatus(ApplicationStatus.DRAFT))).containsExactly(draft);
        assertThat(found(all().withStatus(ApplicationStatus.CERTIFIED))).containsExactly(certified);
        assertThat(found(all().withStatus(ApplicationStatus.WITHDRAWN))).isEmpty();
    }

    @Test
    void findsByTheDaysOfAcceptanceBothIncluded() {
        assertThat(found(all().acceptedBetween(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2))))
                .containsExactly(chen);
        assertThat(found(all().acceptedBetween(LocalDate.of(2024, 3, 6), LocalDate.of(2024, 5, 10))))
                .containsExactly(nguyen, chen);
        assertThat(found(all().acceptedBetween(null, LocalDate.of(2024, 3, 5)))).containsExactly(hoa);
        assertThat(found(all().acceptedBetween(LocalDate.of(2024, 5, 11), null))).containsExactly(certified);
    }

    @Test
    void findsByTheMappedOccupation() {
        assertThat(found(all().withOccupation("电工"))).containsExactly(certified, hoa);
        assertThat(found(all().withOccupation("焊工"))).containsExactly(chen);
        assertThat(found(all().withOccupation("中式烹调师"))).containsExactly(draft);
        assertThat(found(all().withOccupation("美容师"))).isEmpty();
    }

    @Test
    void combinesTheFilters() {
        assertThat(found(all().withOccupation("电工").withStatus(ApplicationStatus.ACCEPTED))).containsExactly(hoa);
        assertThat(found(all().withName("黎明").withStatus(ApplicationStatus.ACCEPTED))).isEmpty();
    }

    @Test
    void listsTheNewestUpToTheLimitAndCountsAll() {
        SearchResult result = search.search(admin, ApplicationQuery.newest(2));

        assertThat(result.applications()).extracting(FoundApplication::id).containsExactly(certified, draft);
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.complete()).isFalse();
        assertThat(search.search(admin, ApplicationQuery.newest(5)).complete()).isTrue();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItBegins() {
        assertThatThrownBy(() -> search.search(admin, all().acceptedBetween(LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 4, 1))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.applications.periodReversed"));
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> search.search(admin, ApplicationQuery.newest(0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.applications.limit"));
    }

    @Test
    void aReviewerMaySearchAndAnAdministratorAloneMayNot() {
        User reviewer = ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, "Review-2024");
        User keeper = ReviewFixtures.person(services, "it", "运维管理员", Role.ADMIN, "Admin-2024a");

        assertThat(search.search(reviewer, all().withName("陈")).applications()).extracting(FoundApplication::id)
                .containsExactly(chen);
        assertThatThrownBy(() -> search.search(keeper, all()))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.permission.FIND_APPLICATIONS"));
        assertThatThrownBy(() -> search.overview(keeper, chen)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> search.fullIdNumber(keeper, chen)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theOverviewHoldsTheStatusHistoryFromTheAuditTrail() {
        ApplicationOverview overview = search.overview(admin, certified);

        assertThat(overview.application().status()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(overview.history()).extracting(StatusChange::to).containsExactly(ApplicationStatus.DRAFT,
                ApplicationStatus.ACCEPTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.APPROVED,
                ApplicationStatus.SUBMITTED, ApplicationStatus.DEPT_APPROVED, ApplicationStatus.CERTIFIED);
        assertThat(overview.history()).extracting(StatusChange::action).containsExactly(null, StatusAction.ACCEPT,
                StatusAction.START_REVIEW, StatusAction.APPROVE, StatusAction.SUBMIT, StatusAction.DEPT_APPROVE,
                StatusAction.RECORD_CERTIFICATE);
        assertThat(overview.history().get(1).note()).isEqualTo(services.intake().find(certified).acceptanceNo());
        // the status history names people as the administrator named them
        assertThat(overview.history()).extracting(StatusChange::actor).containsOnly("测试管理员");
    }

    @Test
    void anUnknownApplicationIsSaidToBeNotFound() {
        assertThatThrownBy(() -> search.overview(admin, 999_999))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.intake.notFound"));
    }

    @Test
    void showingTheWholeNumberIsRecordedInTheAuditTrail() {
        assertThat(search.fullIdNumber(admin, nguyen)).isEqualTo(fullNumber(nguyen));

        List<AuditRecord> trail = services.audit().forApplication(nguyen);
        assertThat(trail.get(trail.size() - 1).entry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.FULL_NUMBER_SHOWN);
            assertThat(entry.actor()).isEqualTo(TestStation.ADMIN);
        });
    }
}
