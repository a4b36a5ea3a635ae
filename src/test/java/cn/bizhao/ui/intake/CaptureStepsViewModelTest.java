package cn.bizhao.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.Page;
import cn.bizhao.service.capture.CropRect;
import cn.bizhao.testing.IntakeFixtures;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo and materials steps without a screen: camera, crop frame, pages and their order. */
class CaptureStepsViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path camera;
    @TempDir
    Path files;
    private WizardFixture fixture;
    private IntakeWizardViewModel wizard;

    @BeforeEach
    void open() {
        fixture = new WizardFixture(home, camera);
        wizard = fixture.wizard();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Application stored() {
        return fixture.services.intake().find(wizard.applicationProperty().get().id());
    }

    private List<Page> pages(MaterialKind kind) {
        return stored().materials().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow().pages();
    }

    @Test
    void takesThePhotoCentredAndStoresWhatIsShown() {
        wizard.photo().takePicture();

        assertThat(wizard.photo().photoProperty().get().getWidth()).isEqualTo(384);
        assertThat(wizard.photo().photoProperty().get().getHeight()).isEqualTo(480);
        assertThat(wizard.photo().warningProperty().get()).isEmpty();
        assertThat(stored().photoSha256()).isNotNull();
    }

    @Test
    void movingAndResizingTheCropFrameMakesThePhotoAgainAt32To40() {
        wizard.photo().takePicture();
        String first = stored().photoSha256();

        wizard.photo().zoom(-3);
        wizard.photo().move(1, 1);

        CropRect crop = wizard.photo().cropProperty().get();
        assertThat(crop.height() * 4).isEqualTo(crop.width() * 5);
        assertThat(crop.width()).isLessThan(600);
        assertThat(stored().photoSha256()).isNotEqualTo(first);
    }

    @Test
    void aDarkBackgroundGivesTheWarning() throws IOException {
        Files.copy(getClass().getResourceAsStream("/demo/portrait-dark.jpg"), files.resolve("dark.jpg"));
        fixture.dialogs.filesToOpen.add(List.of(files.resolve("dark.jpg")));

        wizard.photo().importPicture();

        assertThat(wizard.photo().warningProperty().get()).contains("背景偏暗");
    }

    @Test
    void aMissingCameraSaysWhatToDoAndFileImportStillWorks() throws IOException {
        fixture.services.capture().useCameraForThisRun("folder:" + camera.resolve("unplugged"));
        Files.write(files.resolve("portrait.jpg"), IntakeFixtures.jpeg(600, 750, Color.WHITE));

        wizard.photo().takePicture();

        assertThat(wizard.photo().messageProperty().get()).contains("找不到图片文件夹");
        assertThat(wizard.photo().busyProperty().get()).isFalse();

        fixture.dialogs.filesToOpen.add(List.of(files.resolve("portrait.jpg")));
        wizard.photo().importPicture();
        assertThat(wizard.photo().messageProperty().get()).isEmpty();
        assertThat(stored().photoSha256()).isNotNull();
        wizard.materials().takePage();
        assertThat(wizard.materials().noticeProperty().get()).contains("找不到图片文件夹");
    }

    @Test
    void camerasPagesAreStraightenedAndNumbered() {
        wizard.photo().takePicture();
        wizard.materials().takePage();
        wizard.materials().takePage();

        assertThat(wizard.materials().pages()).extracting(PageItem::caption).containsExactly("第 1/2 页", "第 2/2 页");
        assertThat(wizard.materials().chosenPageProperty().get()).isSameAs(wizard.materials().pages().get(1));
        assertThat(wizard.materials().previewProperty().get()).isNotNull();
        assertThat(wizard.materials().noticeProperty().get()).isEmpty();
        assertThat(wizard.materials().materials().get(0).text()).contains("2 页");
    }

    @Test
    void pagesAreReorderedRotatedRetakenAndDeleted() throws IOException {
        Path scan = files.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(scan.toFile());
        }
        fixture.dialogs.filesToOpen.add(List.of(scan));
        wizard.materials().importPages();
        wizard.materials().takePage();
        List<Page> before = pages(MaterialKind.ID_DOCUMENT);

        wizard.materials().moveEarlier();
        assertThat(pages(MaterialKind.ID_DOCUMENT)).extracting(Page::id)
                .containsExactly(before.get(1).id(), before.get(0).id());

        wizard.materials().rotate();
        assertThat(pages(MaterialKind.ID_DOCUMENT).get(0).rotation()).isEqualTo(1);

        wizard.materials().retakePage();
        List<Page> retaken = pages(MaterialKind.ID_DOCUMENT);
        assertThat(retaken).hasSize(2);
        assertThat(retaken.get(0).id()).isNotIn(before.get(0).id(), before.get(1).id());
        assertThat(retaken.get(1).mediaType()).isEqualTo("application/pdf");

        wizard.materials().deletePage();
        assertThat(pages(MaterialKind.ID_DOCUMENT)).extracting(Page::mediaType).containsExactly("application/pdf");
    }
}
