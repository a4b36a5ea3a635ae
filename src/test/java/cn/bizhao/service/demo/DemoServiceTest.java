package cn.bizhao.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.catalog.CatalogMatch;
import cn.bizhao.domain.identity.CreditCodes;
import cn.bizhao.domain.identity.IdDocumentValidator;
import cn.bizhao.domain.identity.PhoneNumbers;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo station's fictional applications, taken in through the real services. */
class DemoServiceTest {
    @TempDir
    static Path home;
    private static Services services;
    private static DemoService.DemoLogin login;
    private static List<Application> applications;

    @BeforeAll
    static void fill() {
        services = TestStation.open(home);
        login = new DemoService(services).fill();
        applications = services.intake().list(null);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static Application named(String name) {
        return applications.stream().filter(a -> name.equals(a.applicant().name())).findFirst().orElseThrow();
    }

    private static BufferedImage image(String sha256) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(services.intake().content(sha256)));
    }

    @Test
    void takesInApplicationsInEachStateOfIntake() {
        assertThat(login.applications()).isEqualTo(6);
        assertThat(applications).extracting(Application::status).containsExactlyInAnyOrder(ApplicationStatus.ACCEPTED,
                ApplicationStatus.ACCEPTED, ApplicationStatus.ACCEPTED, ApplicationStatus.AWAITING_MATERIALS,
                ApplicationStatus.DRAFT, ApplicationStatus.DRAFT);
    }

    @Test
    void theDemoStationCanSignPackagesFromTheStart() {
        assertThat(services.keys().current().subject()).contains("广西示例职业技能评价中心", "演示受理窗口1");
    }

    @Test
    void acceptedApplicationsAreNumberedWithoutGaps() {
        List<String> numbers = applications.stream().filter(a -> a.acceptanceNo() != null)
                .map(Application::acceptanceNo).sorted().toList();

        assertThat(numbers).hasSize(3);
        assertThat(numbers).allSatisfy(n -> assertThat(n).matches("DEMO45-\\d{4}-0000[123]"));
        assertThat(numbers).extracting(n -> n.substring(n.length() - 1)).containsExactly("1", "2", "3");
    }

    @Test
    void theAuditTrailIsIntactAndRecordsEveryStep() {
        assertThat(services.audit().verify()).isEmpty();
        assertThat(services.audit().all()).extracting(r -> r.entry().action())
                .filteredOn(action -> action == AuditAction.APPLICATION_CREATED).hasSize(6);
        assertThat(services.audit().all()).extracting(r -> r.entry().action())
                .filteredOn(action -> action == AuditAction.STATUS_CHANGED).hasSize(4);
    }

    @Test
    void theVietnameseElectricianIsAnAcceptedForeignEmployeeWithAWorkPermit() {
        Application electrician = named("阮文雄");

        assertThat(electrician.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(electrician.applicant().foreignNational()).isTrue();
        assertThat(electrician.certificate().catalogMapping().entry().occupation()).isEqualTo("电工");
        assertThat(electrician.materials()).filteredOn(Material::isSupplied).extracting(Material::kind)
                .contains(MaterialKind.WORK_PERMIT, MaterialKind.LABOUR_CONTRACT);
    }

    @Test
    void theTaiwaneseCookIsAnAcceptedStudentWithProofOfStudy() {
        Application cook = named("林雅婷");

        assertThat(cook.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(cook.certificate().catalogMapping().entry().occupation()).isEqualTo("中式烹调师");
        assertThat(cook.materials()).filteredOn(Material::isSupplied).extracting(Material::kind)
                .contains(MaterialKind.STUDENT_STATUS).doesNotContain(MaterialKind.LABOUR_CONTRACT);
    }

    @Test
    void theApplicationAwaitingMaterialsMissesOnlyTheContract() {
        assertThat(named("黄志强").missingMaterials()).containsExactly(MaterialKind.LABOUR_CONTRACT);
    }

    @Test
    void theCertificateOutsideTheCatalogueStaysADraftWithoutMapping() {
        Application refused = named("陈国栋");

        assertThat(refused.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(refused.certificate().catalogMapping()).isNull();
        assertThat(services.catalog().match("印度尼西亚", "焊工", "二级"))
                .isInstanceOf(CatalogMatch.NotInCatalog.class);
    }

    @Test
    void theHalfFilledDraftHasNoPhotoAndNoPages() {
        Application half = named("韦丽华");

        assertThat(half.photoSha256()).isNull();
        assertThat(half.materials()).noneMatch(Material::isSupplied);
        assertThat(half.certificate().number()).isNull();
    }

    @Test
    void everyNumberIsValidByItsStandard() {
        IdDocumentValidator documents = new IdDocumentValidator(Clock.systemDefaultZone());

        assertThat(applications).allSatisfy(a -> {
            assertThat(documents.validate(a.applicant().idType(), a.applicant().idNumber()).isValid())
                    .as(a.applicant().idNumber()).isTrue();
            assertThat(PhoneNumbers.validate(a.applicant().phone()).isValid()).isTrue();
            if (a.applicant().employerCreditCode() != null) {
                assertThat(CreditCodes.validate(a.applicant().employerCreditCode()).isValid()).isTrue();
            }
        });
    }

    @Test
    void employersAreRegisteredInGuangxi() {
        assertThat(applications).map(a -> a.applicant().employerCreditCode()).filteredOn(code -> code != null)
                .isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("9145"));
    }

    @Test
    void photosAreMadeAtTheFormsSize() throws IOException {
        BufferedImage photo = image(named("阮文雄").photoSha256());

        assertThat(photo.getWidth()).isEqualTo(384);
        assertThat(photo.getHeight()).isEqualTo(480);
    }

    @Test
    void pagesAreCutFromTheDeskAndStraightened() throws IOException {
        Page contract = named("阮文雄").materials().stream().filter(m -> m.kind() == MaterialKind.LABOUR_CONTRACT)
                .findFirst().orElseThrow().pages().get(0);

        BufferedImage page = image(contract.sha256());

        assertThat(contract.mediaType()).isEqualTo("image/jpeg");
        assertThat(page.getHeight()).isGreaterThan(page.getWidth());
    }
}
