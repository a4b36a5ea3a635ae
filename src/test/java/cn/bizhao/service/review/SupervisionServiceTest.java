package cn.bizhao.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.user.PermissionDeniedException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The supervisor's work on a real station, by a supervisor who holds that role only. */
class SupervisionServiceTest {
    @TempDir
    static Path home;
    private static Services services;
    private static User supervisor;
    private static User admin;
    private static ReviewFixtures fixtures;

    @BeforeAll
    static void open() {
        services = TestStation.withAdministrator(home);
        User reviewer = ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, "Review-2024");
        supervisor = ReviewFixtures.person(services, "zhao", "赵主管", Role.SUPERVISOR, "Approve-2024");
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        fixtures = new ReviewFixtures(services, admin, reviewer, supervisor);
        services.documents().setSeal(admin, seal());
    }

    private static byte[] seal() {
        try (InputStream in = SupervisionServiceTest.class.getResourceAsStream("/seal/demo-seal.png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    @Test
    void theStampedFormCarriesTheStoredOpinionOnlyAfterTheSupervisorConfirmed() throws IOException {
        long id = fixtures.concluded(Outcome.APPROVE);
        assertThatThrownBy(() -> services.documents().stampedForm(supervisor, id))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.document.notApproved"));

        services.supervision().confirm(supervisor, id, "同意");

        assertThat(text(services.documents().stampedForm(supervisor, id))).contains("同意比照认定为电工五级");
        assertThat(services.audit().forApplication(id)).extracting(r -> r.entry().action())
                .contains(AuditAction.STAMPED_FORM_PRINTED);
    }

    @ParameterizedTest
    @CsvSource({
        "S12344512345624500000, error.certificate.numberForm",
        "X123445123456245000001, error.certificate.numberForm",
        "S123445123456243000001, error.certificate.levelDigit",
    })
    void refusesACertificateNumberOfTheWrongFormOrLevel(String number, String key) {
        long id = fixtures.departmentApproved();

        assertThatThrownBy(() -> services.supervision().recordCertificate(supervisor, id, number, LocalDate.now(), "中心"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theCertificateTakesOccupationAndLevelFromTheCatalogueAndAppearsInTheRegister() throws IOException {
        long id = fixtures.certified();

        var issued = services.supervision().open(supervisor, id).issued().orElseThrow();
        assertThat(issued.occupation()).isEqualTo("电工");
        assertThat(issued.level()).isEqualTo(SkillLevel.LEVEL_5);
        assertThat(services.certificates().register(supervisor, "S1234451", null, null))
                .extracting(c -> c.number()).contains(ReviewFixtures.certificateNumber(id));
        String pdf = text(services.certificates().registerPdf(supervisor, ReviewFixtures.certificateNumber(id), null, null));
        assertThat(pdf).contains("职业技能等级证书发放登记表").contains(ReviewFixtures.certificateNumber(id)).contains("电工");
    }

    @Test
    void aCertificateNumberIsRecordedOnce() {
        long first = fixtures.certified();
        long second = fixtures.departmentApproved();

        assertThatThrownBy(() -> services.supervision().recordCertificate(supervisor, second,
                ReviewFixtures.certificateNumber(first),
                LocalDate.now(), "中心")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.certificate.numberTaken"));
    }

    @Test
    void theDepartmentsReplyScanIsKeptWithItsDecision() {
        long id = fixtures.submitted();
        byte[] scan = IntakeFixtures.jpeg(200, 280, Color.WHITE);

        ReviewFile file = services.supervision().recordDepartmentDecision(supervisor, id, DepartmentOutcome.RETURNED,
                LocalDate.now(), "桂人社函〔2025〕3号", "缺少劳动合同", new PageUpload(scan, "image/jpeg"));

        assertThat(file.latestDecision().orElseThrow().reply().sha256()).isEqualTo(FileStore.sha256(scan));
        assertThat(services.intake().content(file.latestDecision().orElseThrow().reply().sha256())).isEqualTo(scan);
    }

    @Test
    void theClerkWhoLacksTheSupervisorsRoleCannotRecordTheDepartmentsDecision() {
        long id = fixtures.submitted();
        User clerk = ReviewFixtures.person(services, "li", "李受理", Role.CLERK, "Counter-2025");

        assertThatThrownBy(() -> services.supervision().recordDepartmentDecision(clerk, id, DepartmentOutcome.APPROVED,
                LocalDate.now(), "文号", "", null)).isInstanceOf(PermissionDeniedException.class);
    }
}
