package cn.bizhao.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.awt.Color;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 工作台 without a screen: the open intakes, and resuming them. */
class WorkbenchViewModelTest {
    @TempDir
    Path home;
    private Services services;
    private User clerk;
    private final List<Application> resumed = new ArrayList<>();
    private WorkbenchViewModel workbench;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        clerk = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        workbench = new WorkbenchViewModel(services.intake(), clerk, TaskRunner.direct(), Messages.chinese(),
                resumed::add, () -> { }, ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Application draftOf(String name) {
        Application draft = services.intake().startDraft(clerk);
        Applicant applicant = IntakeFixtures.employee();
        services.intake().saveForm(clerk, draft.id(), new Applicant(name, applicant.gender(),
                applicant.nationality(), applicant.education(), applicant.schoolAndMajor(), applicant.idType(),
                applicant.idNumber(), applicant.employer(), applicant.employerCreditCode(), applicant.address(),
                applicant.phone(), applicant.currentOccupation(), applicant.yearsInOccupation(), applicant.category(),
                applicant.foreignNational()), IntakeFixtures.vietnameseElectrician());
        return services.intake().find(draft.id());
    }

    @Test
    void listsDraftsAndApplicationsWaitingForMaterialsWithMaskedNumbers() {
        Application draft = draftOf("黎明测试");
        Application waiting = draftOf("阮文测试");
        services.intake().addPage(clerk, waiting.id(), MaterialKind.ID_DOCUMENT,
                new PageUpload(IntakeFixtures.jpeg(60, 80, Color.GRAY), "image/jpeg"));
        services.intake().awaitMaterials(clerk, waiting.id());

        workbench.refresh();

        assertThat(workbench.rows()).extracting(WorkbenchRow::name).containsExactlyInAnyOrder("黎明测试", "阮文测试");
        assertThat(workbench.rows()).extracting(WorkbenchRow::status).containsExactlyInAnyOrder("草稿", "待补正");
        assertThat(workbench.rows()).extracting(WorkbenchRow::idNumber).allMatch(n -> n.contains("**********"));
        assertThat(workbench.rows()).extracting(r -> r.application().id()).contains(draft.id());
    }

    @Test
    void resumingAnApplicationWaitingForMaterialsOpensItAgainAsADraft() {
        Application waiting = draftOf("阮文测试");
        services.intake().awaitMaterials(clerk, waiting.id());
        workbench.refresh();
        workbench.selectedProperty().set(workbench.rows().get(0));

        workbench.resumeSelected();

        assertThat(resumed).extracting(Application::status).containsExactly(ApplicationStatus.DRAFT);
        assertThat(resumed.get(0).applicant().name()).isEqualTo("阮文测试");
    }

    @Test
    void saysWhenNothingIsOpen() {
        workbench.refresh();

        assertThat(workbench.rows()).isEmpty();
        assertThat(workbench.messageProperty().get()).isEqualTo("没有未完成的受理。");
    }
}
