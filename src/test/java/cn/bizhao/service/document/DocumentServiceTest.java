package cn.bizhao.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.TestStation;
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

/** Documents built from a stored application on a real station. */
class DocumentServiceTest {
    @TempDir
    Path home;
    private Services services;
    private User clerk;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        clerk = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private Application accepted() {
        var intake = services.intake();
        Application draft = intake.startDraft(clerk);
        intake.saveForm(clerk, draft.id(), IntakeFixtures.employee(), IntakeFixtures.vietnameseElectrician());
        intake.compare(clerk, draft.id(), "越南", "电工", "四级");
        intake.setPhoto(clerk, draft.id(), IntakeFixtures.jpeg(384, 480, Color.WHITE));
        for (MaterialKind kind : List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE, MaterialKind.LABOUR_CONTRACT)) {
            intake.addPage(clerk, draft.id(), kind, new PageUpload(IntakeFixtures.jpeg(300, 400, Color.WHITE), "image/jpeg"));
        }
        return intake.accept(clerk, draft.id(), true);
    }

    @Test
    void theReceiptNamesTheNumberTheApplicantAndTheMappedLevel() throws IOException {
        Application accepted = accepted();

        String text = text(services.documents().receipt(accepted.id()));

        assertThat(text).contains(accepted.acceptanceNo()).contains(accepted.applicant().name())
                .contains("初级工（五级）").contains(TestStation.STATION.institutionName());
    }

    @Test
    void theReceiptNamesTheClerkByNameNotLogin() throws IOException {
        Application accepted = accepted();

        String text = text(services.documents().receipt(accepted.id()));

        assertThat(text).contains("受理人测试管理员").doesNotContain("受理人" + TestStation.ADMIN);
    }

    @Test
    void theFilledFormHoldsTheTypedValues() throws IOException {
        Application accepted = accepted();

        String text = text(services.documents().registrationForm(accepted.id()));

        assertThat(text).contains(accepted.applicant().name()).contains("南宁示例机械有限公司").contains("VN-2023-000123");
    }

    @Test
    void theNoticeListsWhatIsMissing() throws IOException {
        Application draft = services.intake().startDraft(clerk);

        String text = text(services.documents().notice(draft.id()));

        assertThat(text).contains("境外职业技能证书").contains("劳动合同");
    }

    @Test
    void theStampedFormWaitsForTheInstitutionsApproval() {
        Application accepted = accepted();

        assertThatThrownBy(() -> services.documents().stampedForm(clerk, accepted.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.document.notApproved"));
    }

    @Test
    void refusesASealWithoutTransparency() {
        assertThatThrownBy(() -> services.documents().setSeal(clerk, IntakeFixtures.jpeg(100, 100, Color.RED)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.seal.notPng"));
    }
}
