package cn.bizhao.service.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.bizhao.documents.PdfInspection;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.department.Ruling;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.packaging.bag.BagInfo;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.ImportOutcome;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.packages.PackageRefused;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real stations in temporary folders, an institution and the regional department, trusting each
 * other's certificates: a submission goes up, the department decides (one person decides, another
 * signs off), the signed decision comes back and is recorded from the package.
 */
public class DepartmentRoundTripTest {
    static final StationInfo DEPARTMENT = new StationInfo("广西壮族自治区人力资源和社会保障厅", "GXRST", "职业能力建设处");
    static final String EVALUATION_BODY = "广西职业技能鉴定指导中心";

    @TempDir
    Path folder;
    private Services institution;
    private Services department;
    private User institutionAdmin;
    private User decider;
    private User signer;

    @BeforeEach
    void stations() throws IOException {
        institution = PackageStations.withKey(folder.resolve("institution"));
        department = departmentStation(folder.resolve("department"));
        Files.createDirectories(folder.resolve("pem"));
        PackageStations.exchangeCertificates(institution, department, folder.resolve("pem"));
        institutionAdmin = PackageStations.admin(institution);
        decider = PackageStations.admin(department);
        signer = ReviewFixtures.person(department, "qian", "钱签发", Role.SUPERVISOR, "Sign-off-2026");
    }

    /** A department station: its own identity, key and kind. */
    public static Services departmentStation(Path home) {
        Services services = TestStation.open(home);
        services.accounts().createFirstAdministrator(new FirstAdministrator(TestStation.ADMIN, "厅管理员",
                TestStation.PASSWORD.toCharArray(), TestStation.PASSWORD.toCharArray(), DEPARTMENT));
        User admin = PackageStations.admin(services);
        services.keys().create(admin, KeyAlgorithm.DEFAULT);
        services.department().decisions().becomeDepartment(admin);
        return services;
    }

    @AfterEach
    void close() {
        institution.close();
        department.close();
    }

    private Path out(String name) throws IOException {
        return Files.createDirectories(folder.resolve(name));
    }

    private long submitted(long id, String name) throws IOException {
        Path submission = PackageStations.exportOne(institution, ExportKind.SUBMISSION, id, out(name));
        assertThat(institution.intake().find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        var received = department.imports().importPackage(decider, submission);
        assertThat(received.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        return received.applicationId();
    }

    private Path decisionOf(long departmentId, String name) throws IOException {
        var export = department.department().decisions().exportDecisions(signer, List.of(departmentId), out(name));
        assertThat(export.batchList()).exists();
        return export.packages().get(0);
    }

    @Test
    void anApprovalComesBackSignedAndCertifiesTheApplication() throws IOException {
        long id = ReviewFixtures.asAdministrator(institution).decided(Outcome.APPROVE);
        long here = submitted(id, "up");
        var decisions = department.department().decisions();
        assertThat(decisions.inbox(decider, null, ApplicationStatus.SUBMITTED, null, null))
                .singleElement().satisfies(s -> {
                    assertThat(s.institution()).isEqualTo(TestStation.STATION.institutionName());
                    assertThat(s.version()).isEqualTo(1);
                });
        String number = ReviewFixtures.certificateNumber(id);

        Ruling pending = decisions.approve(decider, here, number, LocalDate.now(), EVALUATION_BODY, "");
        assertThatThrownBy(() -> decisions.signOff(decider, here)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("department.signOff.samePerson"));
        Ruling signed = decisions.signOff(signer, here);
        assertThat(pending.isPending()).isTrue();
        assertThat(signed.signedOffBy()).isEqualTo("qian");
        assertThat(department.intake().find(here).status()).isEqualTo(ApplicationStatus.CERTIFIED);

        var applied = institution.imports().importPackage(institutionAdmin, decisionOf(here, "down"));

        assertThat(applied.status()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(institution.intake().find(id).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(institution.certificates().register(institutionAdmin, number, null, null)).singleElement()
                .satisfies(c -> {
                    assertThat(c.applicationId()).isEqualTo(id);
                    assertThat(c.evaluationInstitution()).isEqualTo(EVALUATION_BODY);
                });
        byte[] form = institution.documents().registrationForm(id);
        assumeTrue(PdfInspection.onPath("pdftotext"), "poppler-utils not installed");
        String text = PdfInspection.compact(new PdfInspection(form).run(folder, "pdftotext", "-raw", PdfInspection.IN, "-"));
        assertThat(text).contains("同意比照认定", number, "备案部门：" + DEPARTMENT.institutionName(), EVALUATION_BODY);
        Files.write(folder.resolve("form.pdf"), form);
    }

    @Test
    void aReturnIsCorrectedAndSubmittedAgainAsVersionTwo() throws IOException {
        long id = ReviewFixtures.asAdministrator(institution).decided(Outcome.APPROVE);
        long here = submitted(id, "up1");
        var decisions = department.department().decisions();
        decisions.returnForCorrection(decider, here, "劳动合同已过期", "请补充现行有效的劳动合同并核对联系电话");
        decisions.signOff(signer, here);
        assertThat(department.intake().find(here).status()).isEqualTo(ApplicationStatus.DEPT_RETURNED);

        institution.imports().importPackage(institutionAdmin, decisionOf(here, "down1"));
        assertThat(institution.intake().find(id).status()).isEqualTo(ApplicationStatus.DEPT_RETURNED);
        if (PdfInspection.onPath("pdftotext")) {
            String returned = PdfInspection.compact(new PdfInspection(institution.documents().registrationForm(id))
                    .run(folder, "pdftotext", "-raw", PdfInspection.IN, "-"));
            assertThat(returned).contains("劳动合同已过期", "备案部门：" + DEPARTMENT.institutionName());
        }
        Applicant before = institution.intake().find(id).applicant();
        Applicant corrected = new Applicant(before.name(), before.gender(), before.nationality(), before.education(),
                before.schoolAndMajor(), before.idType(), before.idNumber(), before.employer(),
                before.employerCreditCode(), before.address(), "0771-5550123", before.currentOccupation(),
                before.yearsInOccupation(), before.category(), before.foreignNational());
        institution.department().corrections().correctApplicant(institutionAdmin, id, corrected);

        Path second = PackageStations.exportOne(institution, ExportKind.SUBMISSION, id, out("up2"));
        assertThat(bagInfo(second)).contains(BagInfo.SUBMISSION_VERSION + ": 2", BagInfo.REPLACES_VERSION + ": 1");
        var received = department.imports().importPackage(decider, second);

        assertThat(received.applicationId()).isEqualTo(here);
        assertThat(received.outcome()).isEqualTo(ImportOutcome.RESULT_APPLIED);
        assertThat(decisions.versions(decider, here)).containsExactly(1, 2);
        assertThat(department.intake().find(here).applicant().phone()).isEqualTo("0771-5550123");
        assertThat(decisions.inbox(decider, TestStation.STATION.institutionName(), null, null, null))
                .singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(2));

        decisions.approve(decider, here, ReviewFixtures.certificateNumber(id), LocalDate.now(), EVALUATION_BODY, "");
        decisions.signOff(signer, here);
        var applied = institution.imports().importPackage(institutionAdmin, decisionOf(here, "down2"));
        assertThat(applied.status()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(decisions.rulings(decider, here)).extracting(Ruling::outcome, Ruling::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DepartmentOutcome.RETURNED, 1),
                        org.assertj.core.groups.Tuple.tuple(DepartmentOutcome.APPROVED, 2));
    }

    @Test
    void aDecisionAlteredInAnyByteIsRefusedAndChangesNothing() throws IOException {
        long id = ReviewFixtures.asAdministrator(institution).decided(Outcome.APPROVE);
        long here = submitted(id, "up");
        var decisions = department.department().decisions();
        decisions.approve(decider, here, ReviewFixtures.certificateNumber(id), LocalDate.now(), EVALUATION_BODY, "");
        decisions.signOff(signer, here);
        Path decision = decisionOf(here, "down");
        byte[] bytes = Files.readAllBytes(decision);
        for (int at : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 30}) {
            byte[] altered = bytes.clone();
            altered[at] ^= 0x01;
            Path file = Files.write(folder.resolve("altered-" + at + ".zip"), altered);

            assertThatThrownBy(() -> institution.imports().importPackage(institutionAdmin, file))
                    .isInstanceOf(DomainException.class);
            assertThat(institution.intake().find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        }
        assertThat(institution.certificates().register(institutionAdmin, null, null, null)).isEmpty();
    }

    @Test
    void aDecisionSignedByAnUntrustedStationIsRefused() throws IOException {
        long id = ReviewFixtures.asAdministrator(institution).decided(Outcome.APPROVE);
        Path submission = PackageStations.exportOne(institution, ExportKind.SUBMISSION, id, out("up"));
        try (Services stranger = departmentStation(folder.resolve("stranger"))) {
            User strangerAdmin = PackageStations.admin(stranger);
            Files.writeString(folder.resolve("inst.pem"), institution.keys().exportPem(institutionAdmin));
            stranger.keys().trust(strangerAdmin, folder.resolve("inst.pem"));
            long here = stranger.imports().importPackage(strangerAdmin, submission).applicationId();
            User second = ReviewFixtures.person(stranger, "sun", "孙签发", Role.SUPERVISOR, "Sign-off-2026");
            stranger.department().decisions().approve(strangerAdmin, here, ReviewFixtures.certificateNumber(id),
                    LocalDate.now(), EVALUATION_BODY, "");
            stranger.department().decisions().signOff(second, here);
            Path forged = stranger.department().decisions().exportDecisions(second, List.of(here), out("down"))
                    .packages().get(0);

            assertThatThrownBy(() -> institution.imports().importPackage(institutionAdmin, forged))
                    .isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(e.check().problems())
                            .extracting(p -> p.code()).contains("SIGNER_NOT_TRUSTED"));
        }
        assertThat(institution.intake().find(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aRevocationTravelsAsASignedPackage() throws IOException {
        long id = ReviewFixtures.asAdministrator(institution).decided(Outcome.APPROVE);
        long here = submitted(id, "up");
        var decisions = department.department().decisions();
        String number = ReviewFixtures.certificateNumber(id);
        decisions.approve(decider, here, number, LocalDate.now(), EVALUATION_BODY, "");
        decisions.signOff(signer, here);
        institution.imports().importPackage(institutionAdmin, decisionOf(here, "down"));

        Path revocation = decisions.revokeAndExport(signer, number, "境外证书经核实系伪造", "桂人社函〔2026〕7号",
                out("revoke"));
        assertThat(department.intake().find(here).status()).isEqualTo(ApplicationStatus.REVOKED);
        var applied = institution.imports().importPackage(institutionAdmin, revocation);

        assertThat(applied.status()).isEqualTo(ApplicationStatus.REVOKED);
        assertThat(institution.intake().find(id).status()).isEqualTo(ApplicationStatus.REVOKED);
        assertThat(institution.department().revocations().revocations(institutionAdmin)).singleElement()
                .satisfies(r -> {
                    assertThat(r.certificateNo()).isEqualTo(number);
                    assertThat(r.documentNo()).isEqualTo("桂人社函〔2026〕7号");
                    assertThat(r.fromPackage()).isTrue();
                });
    }

    private static String bagInfo(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.stream().filter(e -> e.getName().endsWith("/bag-info.txt")).findFirst().orElseThrow();
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
