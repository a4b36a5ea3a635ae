package cn.bizhao.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.packaging.ZipSurgery;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.Fonts;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The 校验报送包 screen, headless, with a valid package and one whose scan changed by one byte. */
class VerifyPackagesViewTest {
    @TempDir
    Path home;
    @TempDir
    Path stick;
    private Services services;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void listsAValidPackageAndEveryProblemOfATamperedOne() throws Exception {
        services = PackageStations.withKey(home);
        Path valid = PackageStations.exportOne(services, ExportKind.REVIEW, PackageStations.accepted(services).id(), stick);
        ZipSurgery bag = ZipSurgery.open(valid);
        String scan = bag.files().keySet().stream().filter(p -> p.startsWith("data/materials/")).findFirst().orElseThrow();
        Path tampered = bag.flipByte(scan, 100).writeTo(stick.resolve("tampered.zip"));
        FilePicker picker = new FilePicker() {
            @Override
            public List<Path> choosePackages() {
                return List.of(valid, tampered);
            }

            @Override
            public Optional<Path> chooseFolder() {
                return Optional.empty();
            }
        };
        Messages messages = Messages.chinese();
        VerifyPackagesViewModel model = new VerifyPackagesViewModel(PackageStations.admin(services),
                services.verifier(), services.imports(), picker, TaskRunner.direct(), messages);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Fonts.load();
            stage.setScene(new Scene(new ViewLoader(messages).load(VerifyPackagesView.class,
                    () -> new VerifyPackagesView(model)), 900, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#chooseButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<VerifyRow> table = robot.lookup("#resultsTable").queryTableView();
        assertThat(table.getItems()).extracting(VerifyRow::file)
                .containsExactly(valid.getFileName().toString(), "tampered.zip");
        assertThat(table.getItems()).extracting(VerifyRow::valid).containsExactly(true, false);
        assertThat(table.getItems().get(1).text()).contains(scan).contains("已被改动");
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText()).isEqualTo("共 2 个报送包：1 个通过，1 个未通过。");
    }
}
