package cn.bizhao.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.identity.TestNumbers;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.testing.IntakeFixtures;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's state without a screen: validation beside fields, checklist, autosave, and the two endings. */
class IntakeWizardViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path camera;
    private WizardFixture fixture;
    private IntakeWizardViewModel wizard;
    private final TestNumbers numbers = TestNumbers.seeded();

    @BeforeEach
    void open() {
        fixture = new WizardFixture(home, camera);
        wizard = fixture.wizard();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Applicant employee() {
        return new Applicant("黎明测试", Gender.FEMALE, "中国", "大专", "广西机电职业技术学院 机电一体化",
                IdDocumentType.RESIDENT_ID, numbers.residentId(), "南宁示例机械有限公司", numbers.creditCode("450100"),
                "广西南宁市青秀区示例路1号", numbers.mobile(), "电工", 6, ApplicantCategory.EMPLOYEE, false);
    }

    private List<String> checklist() {
        return wizard.missing().stream().map(ChecklistEntry::text).toList();
    }

    @Test
    void showsTheValidatorsMessageBesideTheIdNumberAndKeepsWhatWasTyped() {
        String valid = numbers.residentId();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        wizard.applicant().idNumberProperty().set(wrongCheck);

        assertThat(wizard.applicant().idNumberMessageProperty().get()).contains("校验");
        assertThat(wizard.applicant().idNumberProperty().get()).isEqualTo(wrongCheck);
        assertThat(checklist()).contains("证件号码有误");
    }

    @Test
    void fillsGenderAndBirthDateFromAResidentId() {
        String id = numbers.residentId();

        wizard.applicant().idNumberProperty().set(id);

        Gender expected = (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        assertThat(wizard.applicant().genderProperty().get()).isEqualTo(expected);
        assertThat(wizard.applicant().birthDateProperty().get())
                .contains(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        assertThat(wizard.applicant().idNumberMessageProperty().get()).isEmpty();
    }

    @Test
    void showsThePhoneAndCreditCodeAndYearsMessages() {
        wizard.applicant().phoneProperty().set("1380013800");
        // a valid code (DOMAIN-FACTS) with the wrong check character
        wizard.applicant().creditCodeProperty().set("91110000600037341M");
        wizard.applicant().yearsProperty().set("61");

        assertThat(wizard.applicant().phoneMessageProperty().get()).isNotEmpty();
        assertThat(wizard.applicant().creditCodeMessageProperty().get()).isNotEmpty();
        assertThat(wizard.applicant().yearsMessageProperty().get()).contains("61");
        assertThat(wizard.review().canAcceptProperty().get()).isFalse();
    }

    @Test
    void theChecklistFollowsTheTyping() {
        assertThat(checklist()).startsWith("姓名", "性别").contains("从事现职业", "相片", "与广西境内用人单位签订的劳动合同");

        wizard.applicant().nameProperty().set("黎明测试");

        assertThat(checklist()).doesNotContain("姓名").contains("性别");
    }

    @Test
    void aStudentSkipsOccupationYearsAndEmployerAndBringsProofOfStudentStatus() {
        wizard.applicant().categoryProperty().set(ApplicantCategory.STUDENT);

        assertThat(checklist()).doesNotContain("从事现职业", "工作年限", "现工作单位", "与广西境内用人单位签订的劳动合同")
                .contains("学籍证明材料");
        assertThat(wizard.materials().materials()).extracting(MaterialRow::kind).contains(MaterialKind.STUDENT_STATUS)
                .doesNotContain(MaterialKind.LABOUR_CONTRACT);
        assertThat(wizard.applicant().reportsOccupationProperty().get()).isFalse();
    }

    @Test
    void aForeignPassportHolderMustBringTheWorkPermit() {
        wizard.applicant().idTypeProperty().set(IdDocumentType.PASSPORT);

        assertThat(wizard.applicant().foreignNationalProperty().get()).isTrue();
        assertThat(checklist()).contains("外国人来华工作许可证");
    }

    @Test
    void autosaveWaitsForAPauseThenSavesExactlyWhatWasTyped() {
        wizard.applicant().nameProperty().set("黎明");
        wizard.applicant().phoneProperty().set("138 0013 8000x");

        assertThat(fixture.services.intake().list(ApplicationStatus.DRAFT)).isEmpty();
        assertThat(fixture.autosave.isWaiting()).isTrue();

        fixture.autosave.flush();

        Application saved = fixture.services.intake().list(ApplicationStatus.DRAFT).get(0);
        assertThat(saved.applicant().name()).isEqualTo("黎明");
        assertThat(saved.applicant().phone()).isEqualTo("138 0013 8000x");
    }

    @Test
    void aNameLongerThanTheFormKeepsIsNotSavedSaysSoAndStaysInTheField() {
        wizard.applicant().nameProperty().set("黎明");
        fixture.autosave.flush();
        String tooLong = "黎".repeat(101);

        wizard.applicant().nameProperty().set(tooLong);
        fixture.autosave.flush();

        assertThat(wizard.messageProperty().get()).contains("姓名", "100", "101");
        assertThat(wizard.applicant().nameProperty().get()).isEqualTo(tooLong);
        assertThat(fixture.services.intake().list(ApplicationStatus.DRAFT)).extracting(a -> a.applicant().name())
                .containsExactly("黎明");
    }

    @Test
    void closingTheWindowSavesWhatIsStillWaiting() {
        wizard.applicant().nameProperty().set("黎明测试");

        wizard.saveNow();

        assertThat(fixture.services.intake().list(ApplicationStatus.DRAFT)).extracting(a -> a.applicant().name())
                .containsExactly("黎明测试");
    }

    @Test
    void choosingTheCatalogueRowStoresTheMappingAndShowsTheOccupation() {
        WizardFixture.typeVietnameseElectrician(wizard.certificate());

        assertThat(wizard.certificate().mappedProperty().get()).contains("电工").contains("初级工（五级）").contains("第 29 条");
        Application stored = wizard.applicationProperty().get();
        assertThat(stored.certificate().catalogMapping().entry().number()).isEqualTo(29);
        assertThat(checklist()).doesNotContain("目录比对");
    }

    @Test
    void choosingTheCatalogueRowFillsProjectLevelAndCountryButLeavesNameAndNumberToTheClerk() {
        CertificateFormViewModel certificate = wizard.certificate();
        certificate.regionProperty().set("越南");
        certificate.catalogProjectProperty().set("电工");
        certificate.catalogLevelProperty().set("四级");

        assertThat(certificate.projectProperty().get()).isEqualTo("电工");
        assertThat(certificate.levelProperty().get()).isEqualTo("四级");
        assertThat(certificate.issuerProperty().get()).isEqualTo("越南");
        assertThat(certificate.nameProperty().get()).isEmpty();
        assertThat(certificate.numberProperty().get()).isEmpty();
        assertThat(wizard.applicationProperty().get().certificate().catalogMapping().entry().number()).isEqualTo(29);
    }

    @Test
    void whatTheClerkTypedIsKeptWhenTheCatalogueRowIsChosen() {
        CertificateFormViewModel certificate = wizard.certificate();
        certificate.issuerProperty().set("越南 示例职业技能评价中心");
        certificate.regionProperty().set("越南");
        certificate.catalogProjectProperty().set("电工");
        certificate.catalogLevelProperty().set("四级");

        assertThat(certificate.issuerProperty().get()).isEqualTo("越南 示例职业技能评价中心");
        assertThat(certificate.projectProperty().get()).isEqualTo("电工");
    }

    @Test
    void theRegionNarrowsTheProjectsAndTheProjectTheLevels() {
        wizard.certificate().regionProperty().set("德国");

        assertThat(wizard.certificate().projects()).contains("IHK机电师").doesNotContain("电工");

        wizard.certificate().catalogProjectProperty().set("IHK机电师");

        assertThat(wizard.certificate().levels()).containsExactly("/");
        assertThat(wizard.certificate().catalogLevelProperty().get()).isEqualTo("/");
        assertThat(wizard.certificate().mappedProperty().get()).contains("电工").contains("技师（二级）");
    }

    @Test
    void aCertificateOutsideTheCatalogueSaysWhyAndStoresNoMapping() {
        wizard.certificate().regionProperty().set("日本");

        assertThat(wizard.certificate().outsideCatalogueProperty().get()).isTrue();
        assertThat(wizard.certificate().refusalProperty().get()).contains("日本").contains("越南");
        assertThat(wizard.applicationProperty().get().certificate().catalogMapping()).isNull();
        assertThat(checklist()).contains("目录比对");
        assertThat(wizard.review().canAcceptProperty().get()).isFalse();
    }

    @Test
    void keepingTheDraftOfACertificateOutsideTheCatalogueGoesBackToTheWorkbench() {
        wizard.certificate().regionProperty().set("日本");

        wizard.keepDraft();

        assertThat(fixture.workbenchVisits).isEqualTo(1);
        assertThat(fixture.services.intake().list(ApplicationStatus.DRAFT)).hasSize(1);
    }

    @Test
    void missingMaterialsGiveTheOneTimeNoticeAndTheApplicationWaits() throws IOException {
        WizardFixture.type(wizard.applicant(), employee());
        WizardFixture.typeVietnameseElectrician(wizard.certificate());
        wizard.photo().takePicture();
        wizard.materials().takePage();
        assertThat(wizard.review().canSendNoticeProperty().get()).isTrue();

        wizard.goTo(IntakeStep.REVIEW);
        wizard.review().sendNotice();

        Application waiting = wizard.review().outcomeProperty().get().application();
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.AWAITING_MATERIALS);
        assertThat(waiting.applicant().name()).isEqualTo("黎明测试");
        assertThat(wizard.review().result().pages()).isNotEmpty();
        String notice = text(wizard.review().result().documentProperty().get().pdf());
        assertThat(notice).contains("境外职业技能证书").contains("劳动合同");
    }

    @Test
    void acceptsWhenEverythingIsThereAndShowsTheReceipt() {
        WizardFixture.type(wizard.applicant(), employee());
        WizardFixture.typeVietnameseElectrician(wizard.certificate());
        wizard.photo().takePicture();
        for (int i = 0; i < 3; i++) {
            wizard.materials().chosenProperty().set(List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE,
                    MaterialKind.LABOUR_CONTRACT).get(i));
            wizard.materials().takePage();
        }
        wizard.goTo(IntakeStep.REVIEW);
        assertThat(wizard.review().canAcceptProperty().get()).isFalse();
        wizard.review().pledgeProperty().set(true);

        wizard.review().accept();

        Application accepted = wizard.review().outcomeProperty().get().application();
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(wizard.review().outcomeProperty().get().headline()).contains(accepted.acceptanceNo());
        assertThat(wizard.review().result().documentProperty().get().name()).contains(accepted.acceptanceNo());
        assertThat(wizard.draftStateProperty().get()).contains(accepted.acceptanceNo());
    }

    @Test
    void theSamePersonWithAnOpenApplicationForTheSameCertificateIsShownAndCanBeOpened() {
        Applicant person = employee();
        Application earlier = fixture.services.intake().startDraft(fixture.clerk);
        fixture.services.intake().saveForm(fixture.clerk, earlier.id(), person, IntakeFixtures.vietnameseElectrician());
        fixture.services.intake().compare(fixture.clerk, earlier.id(), "越南", "电工", "四级");

        WizardFixture.type(wizard.applicant(), person);
        WizardFixture.typeVietnameseElectrician(wizard.certificate());
        fixture.autosave.flush();

        assertThat(wizard.duplicateTextProperty().get()).contains("暂存号 " + earlier.id());
        wizard.openDuplicate();
        assertThat(fixture.opened).extracting(Application::id).containsExactly(earlier.id());
    }

    @Test
    void resumesOnTheStepOfTheFirstMissingItem() {
        Application draft = fixture.services.intake().startDraft(fixture.clerk);
        fixture.services.intake().saveForm(fixture.clerk, draft.id(), employee(), IntakeFixtures.vietnameseElectrician());
        fixture.services.intake().compare(fixture.clerk, draft.id(), "越南", "电工", "四级");
        fixture.services.intake().setPhoto(fixture.clerk, draft.id(), IntakeFixtures.jpeg(384, 480, Color.WHITE));
        fixture.services.intake().addPage(fixture.clerk, draft.id(), MaterialKind.ID_DOCUMENT,
                new PageUpload(IntakeFixtures.jpeg(600, 800, Color.LIGHT_GRAY), "image/jpeg"));

        wizard.open(fixture.services.intake().find(draft.id()));

        assertThat(wizard.stepProperty().get()).isEqualTo(IntakeStep.MATERIALS);
        assertThat(wizard.applicant().nameProperty().get()).isEqualTo("黎明测试");
        assertThat(wizard.certificate().catalogLevelProperty().get()).isEqualTo("四级");
        assertThat(wizard.certificate().mappedProperty().get()).contains("电工");
        assertThat(checklist()).containsExactly("申请人承诺确认", "境外职业技能证书", "与广西境内用人单位签订的劳动合同");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
