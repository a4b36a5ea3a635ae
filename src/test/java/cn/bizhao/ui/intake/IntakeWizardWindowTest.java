package cn.bizhao.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.identity.TestNumbers;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.capture.CaptureService;
import cn.bizhao.testing.CameraFolder;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.BizhaoWindow;
import cn.bizhao.ui.common.FilterChoice;
import cn.bizhao.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, with the folder camera: a whole intake by the clerk, from the empty
 * wizard to the printed receipt, then everything checked in the database and in the receipt.
 */
class IntakeWizardWindowTest {
    @TempDir
    Path home;
    @TempDir
    Path camera;
    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FxRobot robot = new FxRobot();
    private final TestNumbers numbers = TestNumbers.seeded();

    @BeforeEach
    void start() throws TimeoutException {
        services = TestStation.withAdministrator(home);
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        services.capture().setCameraSetting(admin, CameraFolder.fill(camera, CameraFolder.ONE_INTAKE));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct(),
                owner -> dialogs).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#loginField").write(TestStation.ADMIN);
        robot.clickOn("#passwordField").write(TestStation.PASSWORD);
        robot.clickOn("#signInButton");
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void takesInAWholeApplicationAndPrintsTheReceipt() throws Exception {
        String idNumber = numbers.residentId();
        String creditCode = numbers.creditCode("450100");
        String phone = numbers.mobile();
        robot.clickOn("#nav-INTAKE");

        // 1 applicant: typed in the order of the paper form, Enter moving on
        robot.clickOn("#nameField").write("黎明测试").type(KeyCode.ENTER);
        assertThat(focused()).isSameAs(lookup("#genderBox"));
        robot.type(KeyCode.ENTER).write("中国").type(KeyCode.ENTER)
                .write("大专").type(KeyCode.ENTER)
                .write("广西机电职业技术学院 机电一体化").type(KeyCode.ENTER)
                .type(KeyCode.ENTER).write(idNumber).type(KeyCode.ENTER)
                .type(KeyCode.ENTER).write("南宁示例机械有限公司").type(KeyCode.ENTER)
                .write(creditCode).type(KeyCode.ENTER)
                .write("广西南宁市青秀区示例路1号").type(KeyCode.ENTER)
                .write(phone).type(KeyCode.ENTER)
                .write("电工").type(KeyCode.ENTER)
                .write("6");
        assertThat(label("#idNumberMessage")).isEmpty();
        assertThat(label("#birthDateLabel")).contains(idNumber.substring(6, 10));
        robot.type(KeyCode.ENTER); // after the last field: the next step

        // 2 photo from the camera, centred crop, light background
        assertThat(visibleStepTitle()).isEqualTo("相片");
        robot.clickOn("#takePictureButton");
        assertThat(robot.lookup("#photoView").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(label("#warningLabel")).isEmpty();
        robot.type(KeyCode.F8);

        // 3 certificate and the catalogue row chosen by typing
        robot.clickOn("#certificateNameField").write("电工职业技能证书").type(KeyCode.ENTER)
                .write("电工").type(KeyCode.ENTER)
                .write("四级").type(KeyCode.ENTER)
                .write("越南 示例职业技能评价中心").type(KeyCode.ENTER)
                .write("VN-2023-000123").type(KeyCode.ENTER)
                .write("越").type(KeyCode.ENTER)
                .write("电").type(KeyCode.ENTER)
                .write("四").type(KeyCode.ENTER);
        assertThat(label("#mappedLabel")).contains("电工").contains("初级工（五级）").contains("2024");
        robot.type(KeyCode.F8);

        // 4 materials: every required one from the document camera
        ListView<MaterialRow> materials = robot.lookup("#materialsList").queryListView();
        assertThat(materials.getItems()).extracting(MaterialRow::kind).startsWith(MaterialKind.ID_DOCUMENT,
                MaterialKind.OVERSEAS_CERTIFICATE, MaterialKind.LABOUR_CONTRACT);
        robot.type(KeyCode.F5).type(KeyCode.F5);
        choose(materials, 1);
        robot.type(KeyCode.F5);
        choose(materials, 2);
        robot.clickOn("#takePageButton");
        assertThat(robot.lookup(".checklist").queryListView().getItems()).extracting(e -> ((ChecklistEntry) e).text())
                .containsExactly("申请人承诺确认");
        robot.type(KeyCode.F8);

        // 5 review: the pledge, then 受理
        robot.clickOn("#pledgeCheck");
        robot.clickOn("#acceptButton");
        assertThat(label("#outcomeLabel")).contains("已受理");

        Application accepted = services.intake().list(ApplicationStatus.ACCEPTED).get(0);
        assertThat(label("#outcomeLabel")).contains(accepted.acceptanceNo());
        assertThat(accepted.acceptanceNo()).matches("TEST45-\\d{4}-\\d{5}");
        assertThat(accepted.applicant()).isEqualTo(new Applicant("黎明测试", gender(idNumber), "中国", "大专",
                "广西机电职业技术学院 机电一体化", IdDocumentType.RESIDENT_ID, idNumber, "南宁示例机械有限公司", creditCode,
                "广西南宁市青秀区示例路1号", phone, "电工", 6, ApplicantCategory.EMPLOYEE, false));
        OverseasCertificate certificate = accepted.certificate();
        assertThat(List.of(certificate.name(), certificate.project(), certificate.level(),
                certificate.issuingCountryAndBody(), certificate.number()))
                .containsExactly("电工职业技能证书", "电工", "四级", "越南 示例职业技能评价中心", "VN-2023-000123");
        assertThat(certificate.catalogMapping().entry().number()).isEqualTo(29);
        assertThat(certificate.catalogMapping().entry().level()).isEqualTo(SkillLevel.LEVEL_5);
        assertThat(certificate.catalogMapping().catalogVersion()).isEqualTo(services.catalog().current().version());
        assertStoredAsTaken(accepted);

        String receipt = text(services.documents().receipt(accepted.id()));
        assertThat(receipt).contains(accepted.acceptanceNo()).contains("黎明测试").contains("电工");
        assertThat(robot.lookup("#resultDocument .document-page").queryAll()).isNotEmpty();
    }

    @Test
    void theCertificateStepTakesProjectLevelAndCountryFromTheCatalogueRow() {
        robot.clickOn("#nav-INTAKE");
        robot.clickOn("#step-CERTIFICATE");
        robot.clickOn("#certificateNameField").write("电工职业技能证书").type(KeyCode.ENTER);
        robot.clickOn("#certificateNumberField").write("VN-2023-000123");
        FilterChoice region = robot.lookup("#regionChoice").queryAs(FilterChoice.class);
        robot.clickOn(region.getEditor()).write("越").type(KeyCode.ENTER)
                .write("电").type(KeyCode.ENTER)
                .write("四").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label("#mappedLabel")).contains("电工").contains("初级工（五级）");
        assertThat(field("#certificateProjectField")).isEqualTo("电工");
        assertThat(field("#certificateLevelField")).isEqualTo("四级");
        assertThat(field("#certificateIssuerField")).isEqualTo("越南");
        assertThat(field("#certificateNameField")).isEqualTo("电工职业技能证书");
        assertThat(region.getEditor().getText()).isEqualTo("越南");
    }

    private String field(String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.TextField.class).getText();
    }

    @Test
    void resumesADraftFromTheWorkbenchOnItsFirstMissingStep() {
        User clerk = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        Application draft = services.intake().startDraft(clerk);
        Applicant typed = new Applicant("黎明测试", Gender.MALE, "中国", "大专", "广西机电职业技术学院 机电一体化",
                IdDocumentType.RESIDENT_ID, numbers.residentId(), "南宁示例机械有限公司", numbers.creditCode("450100"),
                "广西南宁市青秀区示例路1号", numbers.mobile(), "电工", 6, ApplicantCategory.EMPLOYEE, false);
        services.intake().saveForm(clerk, draft.id(), typed, OverseasCertificate.empty());
        robot.clickOn("#refreshButton");

        robot.doubleClickOn("黎明测试");

        assertThat(visibleStepTitle()).isEqualTo("相片");
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("黎明测试");
        assertThat(label("#draftStateLabel")).contains("草稿");
    }

    /** The photo and every page are exactly what the camera gave, made as the capture service makes them. */
    private void assertStoredAsTaken(Application accepted) throws IOException {
        CaptureService capture = services.capture();
        List<Path> shots = CameraFolder.files(camera);
        BufferedImage portrait = ImageIO.read(shots.get(0).toFile());
        assertThat(accepted.photoSha256()).isEqualTo(sha256(capture.photo(portrait,
                capture.centredCrop(portrait.getWidth(), portrait.getHeight())).jpeg()));
        assertThat(sha256(services.intake().content(accepted.photoSha256()))).isEqualTo(accepted.photoSha256());
        List<String> expected = shots.subList(1, shots.size()).stream()
                .map(file -> sha256(capture.page(read(file)).content())).toList();
        List<Page> pages = accepted.materials().stream().map(Material::pages).flatMap(List::stream).toList();
        assertThat(accepted.materials()).extracting(Material::kind).containsExactly(MaterialKind.ID_DOCUMENT,
                MaterialKind.OVERSEAS_CERTIFICATE, MaterialKind.LABOUR_CONTRACT);
        assertThat(accepted.materials()).extracting(m -> m.pages().size()).containsExactly(2, 1, 1);
        assertThat(pages).extracting(Page::sha256).containsExactlyElementsOf(expected);
        assertThat(pages).allSatisfy(p -> assertThat(sha256(services.intake().content(p.sha256()))).isEqualTo(p.sha256()));
    }

    private void choose(ListView<MaterialRow> list, int index) {
        robot.interact(() -> list.getSelectionModel().select(index));
    }

    private Node focused() {
        return robot.targetWindow().getScene().getFocusOwner();
    }

    private Node lookup(String query) {
        return robot.lookup(query).query();
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String visibleStepTitle() {
        return robot.lookup(".step-title").match(IntakeWizardWindowTest::shown).queryAs(Label.class).getText();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Gender gender(String residentId) {
        return (residentId.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
