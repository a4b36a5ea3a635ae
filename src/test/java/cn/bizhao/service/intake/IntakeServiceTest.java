package cn.bizhao.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.IntakeItem;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.catalog.CatalogMatch;
import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.TestStation;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeServiceTest {
    @TempDir
    Path home;
    private Services services;
    private User clerk;
    private IntakeService intake;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        clerk = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        intake = services.intake();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Application completeDraft(Applicant applicant) {
        Application draft = intake.startDraft(clerk);
        intake.saveForm(clerk, draft.id(), applicant, IntakeFixtures.vietnameseElectrician());
        intake.compare(clerk, draft.id(), "越南", "电工", "四级");
        intake.setPhoto(clerk, draft.id(), IntakeFixtures.jpeg(384, 480, Color.WHITE));
        for (MaterialKind kind : List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE,
                MaterialKind.LABOUR_CONTRACT)) {
            intake.addPage(clerk, draft.id(), kind, new PageUpload(IntakeFixtures.jpeg(600, 800, Color.LIGHT_GRAY), "image/jpeg"));
        }
        return intake.find(draft.id());
    }

    @Test
    void keepsEveryTypedFieldOfADraft() {
        Application draft = intake.startDraft(clerk);
        Applicant typed = IntakeFixtures.employee();

        intake.saveForm(clerk, draft.id(), typed, IntakeFixtures.vietnameseElectrician());

        Application saved = intake.find(draft.id());
        assertThat(saved.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(saved.applicant()).isEqualTo(typed);
        assertThat(saved.certificate()).isEqualTo(IntakeFixtures.vietnameseElectrician());
    }

    @Test
    void refusesATextLongerThanTheFormKeepsAndKeepsWhatWasSaved() {
        Application draft = intake.startDraft(clerk);
        Applicant typed = IntakeFixtures.employee();
        intake.saveForm(clerk, draft.id(), typed, IntakeFixtures.vietnameseElectrician());
        Applicant tooLong = new Applicant("阮".repeat(101), typed.gender(), typed.nationality(), typed.education(),
                typed.schoolAndMajor(), typed.idType(), typed.idNumber(), typed.employer(), typed.employerCreditCode(),
                typed.address(), typed.phone(), typed.currentOccupation(), typed.yearsInOccupation(), typed.category(),
                typed.foreignNational());

        assertThatThrownBy(() -> intake.saveForm(clerk, draft.id(), tooLong, IntakeFixtures.vietnameseElectrician()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.text.tooLong");
                    assertThat(e.arguments()).containsExactly(TextField.APPLICANT_NAME, 100, 101);
                });
        assertThat(intake.find(draft.id()).applicant()).isEqualTo(typed);
    }

    @Test
    void storesTheCatalogueRowAndVersionOfAComparison() {
        Application draft = intake.startDraft(clerk);

        CatalogMatch match = intake.compare(clerk, draft.id(), "越南", "电工", "四级");

        assertThat(match).isInstanceOf(CatalogMatch.Matched.class);
        Application compared = intake.find(draft.id());
        assertThat(compared.certificate().catalogMapping().catalogVersion()).isEqualTo("2024");
        assertThat(compared.certificate().catalogMapping().entry().number()).isEqualTo(29);
        assertThat(compared.certificate().catalogMapping().entry().level()).isEqualTo(SkillLevel.LEVEL_5);
    }

    @Test
    void aRefusedComparisonLeavesNoMapping() {
        Application draft = intake.startDraft(clerk);
        intake.compare(clerk, draft.id(), "越南", "电工", "四级");

        intake.compare(clerk, draft.id(), "越南", "焊工", "四级");

        assertThat(intake.find(draft.id()).certificate().catalogMapping()).isNull();
    }

    @Test
    void acceptsACompleteApplicationWithTheFirstNumberOfTheYear() {
        Application draft = completeDraft(IntakeFixtures.employee());

        Application accepted = intake.accept(clerk, draft.id(), true);

        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.acceptanceNo()).isEqualTo("TEST45-" + year + "-00001");
        assertThat(accepted.acceptedAt()).isNotNull();
    }

    @Test
    void numbersFollowEachOtherWithoutGaps() {
        Application first = intake.accept(clerk, completeDraft(IntakeFixtures.employee()).id(), true);
        Application refused = completeDraft(IntakeFixtures.employee());
        assertThatThrownBy(() -> intake.accept(clerk, refused.id(), false)).isInstanceOf(IncompleteApplicationException.class);
        Application second = intake.accept(clerk, completeDraft(IntakeFixtures.employee()).id(), true);

        assertThat(first.acceptanceNo()).endsWith("-00001");
        assertThat(second.acceptanceNo()).endsWith("-00002");
    }

    @Test
    void refusesAcceptanceWithTheListOfWhatIsMissing() {
        Application draft = intake.startDraft(clerk);
        intake.saveForm(clerk, draft.id(), IntakeFixtures.employee(), IntakeFixtures.vietnameseElectrician());

        assertThatThrownBy(() -> intake.accept(clerk, draft.id(), true))
                .isInstanceOfSatisfying(IncompleteApplicationException.class, e -> {
                    assertThat(e.checklist().missingItems()).containsExactly(IntakeItem.CATALOG_COMPARISON, IntakeItem.PHOTO);
                    assertThat(e.checklist().missingMaterials()).containsExactly(MaterialKind.ID_DOCUMENT,
                            MaterialKind.OVERSEAS_CERTIFICATE, MaterialKind.LABOUR_CONTRACT);
                });
        assertThat(intake.find(draft.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void studentsNeedProofOfStudyInsteadOfAContractAndNoOccupation() {
        Applicant employee = IntakeFixtures.employee();
        Applicant student = new Applicant(employee.name(), employee.gender(), employee.nationality(), employee.education(),
                employee.schoolAndMajor(), employee.idType(), employee.idNumber(), null, null, employee.address(),
                employee.phone(), null, null, ApplicantCategory.STUDENT, false);
        Application draft = intake.startDraft(clerk);
        intake.saveForm(clerk, draft.id(), student, IntakeFixtures.vietnameseElectrician());

        var checklist = intake.checklist(intake.find(draft.id()), true);

        assertThat(checklist.missingItems()).doesNotContain(IntakeItem.EMPLOYER, IntakeItem.CURRENT_OCCUPATION,
                IntakeItem.YEARS_IN_OCCUPATION);
        assertThat(checklist.missingMaterials()).contains(MaterialKind.STUDENT_STATUS).doesNotContain(MaterialKind.LABOUR_CONTRACT);
    }

    @Test
    void refusesAnInvalidDocumentNumberWithItsOwnMessage() {
        Applicant typed = IntakeFixtures.employee();
        String wrongCheck = typed.idNumber().substring(0, 17) + (typed.idNumber().endsWith("1") ? "2" : "1");
        Application draft = completeDraft(new Applicant(typed.name(), typed.gender(), typed.nationality(), typed.education(),
                typed.schoolAndMajor(), typed.idType(), wrongCheck, typed.employer(), typed.employerCreditCode(),
                typed.address(), typed.phone(), typed.currentOccupation(), typed.yearsInOccupation(), typed.category(), false));

        assertThatThrownBy(() -> intake.accept(clerk, draft.id(), true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).startsWith("validation."));
    }

    @Test
    void findsTheOpenApplicationOfTheSamePersonForTheSameCertificate() {
        Applicant person = IntakeFixtures.employee();
        Application first = intake.accept(clerk, completeDraft(person).id(), true);
        Application again = completeDraft(person);

        assertThat(intake.openDuplicatesOf(again)).extracting(Application::id).containsExactly(first.id());
        assertThatThrownBy(() -> intake.accept(clerk, again.id(), true))
                .isInstanceOfSatisfying(DuplicateApplicationException.class,
                        e -> assertThat(e.arguments()).containsExactly(first.acceptanceNo()));
    }

    @Test
    void waitsForMaterialsAfterAOneTimeNoticeAndResumes() {
        Application draft = intake.startDraft(clerk);

        assertThat(intake.awaitMaterials(clerk, draft.id()).status()).isEqualTo(ApplicationStatus.AWAITING_MATERIALS);
        assertThat(intake.resumeWithMaterials(clerk, draft.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void continuingADraftLeavesItAsItIsAndOneWaitingForMaterialsOpensAgain() {
        Application draft = intake.startDraft(clerk);
        Application waiting = intake.startDraft(clerk);
        intake.awaitMaterials(clerk, waiting.id());

        assertThat(intake.continueIntake(clerk, draft.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(intake.continueIntake(clerk, waiting.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(services.audit().forApplication(waiting.id())).last()
                .satisfies(r -> assertThat(r.entry().detail()).isEqualTo("AWAITING_MATERIALS->DRAFT"));
    }

    @Test
    void anAcceptedApplicationIsNotContinuedAtTheCounter() {
        Application accepted = intake.accept(clerk, completeDraft(IntakeFixtures.employee()).id(), true);

        assertThatThrownBy(() -> intake.continueIntake(clerk, accepted.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.intake.notEditable"));
    }

    @Test
    void keepsEveryPageExactlyAsCapturedAndArrangesThem() {
        Application draft = intake.startDraft(clerk);
        byte[] front = IntakeFixtures.jpeg(600, 400, Color.WHITE);
        byte[] back = IntakeFixtures.jpeg(600, 400, Color.YELLOW);
        intake.addPage(clerk, draft.id(), MaterialKind.ID_DOCUMENT, new PageUpload(front, "image/jpeg"));
        Application twoPages = intake.addPage(clerk, draft.id(), MaterialKind.ID_DOCUMENT, new PageUpload(back, "image/jpeg"));
        List<Page> pages = twoPages.materials().get(0).pages();

        assertThat(pages).extracting(Page::sha256).containsExactly(FileStore.sha256(front), FileStore.sha256(back));
        assertThat(intake.content(pages.get(1).sha256())).isEqualTo(back);

        Application arranged = intake.arrangePages(clerk, draft.id(), MaterialKind.ID_DOCUMENT,
                List.of(new IntakeService.PageArrangement(pages.get(1).id(), 1)));
        assertThat(arranged.materials().get(0).pages()).extracting(Page::sha256, Page::rotation, Page::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FileStore.sha256(back), 1, 1));
    }

    @Test
    void acceptedApplicationsCannotBeEdited() {
        Application accepted = intake.accept(clerk, completeDraft(IntakeFixtures.employee()).id(), true);

        assertThatThrownBy(() -> intake.saveForm(clerk, accepted.id(), IntakeFixtures.employee(),
                IntakeFixtures.vietnameseElectrician()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.intake.notEditable"));
    }

    @Test
    void recordsCreationAndAcceptanceInAnIntactAuditChain() {
        Application accepted = intake.accept(clerk, completeDraft(IntakeFixtures.employee()).id(), true);

        assertThat(services.audit().forApplication(accepted.id())).extracting(r -> r.entry().action().name())
                .contains("APPLICATION_CREATED", "STATUS_CHANGED");
        assertThat(services.audit().verify()).isEmpty();
    }
}
