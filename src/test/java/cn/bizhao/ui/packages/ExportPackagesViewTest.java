package cn.bizhao.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.Fonts;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The 导出报送包 screen, headless: a review package encrypted for the reviewer's station, and no recipient to offer. */
class ExportPackagesViewTest {
    @TempDir
    Path home;
    @TempDir
    Path folder;
    private Services services;
    private final Messages messages = Messages.chinese();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() {
        services = PackageStations.withKey(home);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    private void showScreen() throws TimeoutException {
        FilePicker picker = new FilePicker() {
            @Override
            public List<Path> choosePackages() {
                return List.of();
            }

            @Override
            public Optional<Path> chooseFolder() {
                return Optional.of(folder);
            }
        };
        ExportPackagesViewModel model = new ExportPackagesViewModel(services.exports(), services.keys(),
                PackageStations.admin(services), picker, TaskRunner.direct(), Runnable::run, messages);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Fonts.load();
            Scene scene = new Scene(new ViewLoader(messages).load(ExportPackagesView.class,
                    () -> new ExportPackagesView(model)), 980, 680);
            scene.getStylesheets().add(getClass().getResource("/cn/bizhao/ui/bizhao.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a combo box and moves its choice down by {@code steps}, as a person does with the keyboard. */
    private void choose(String comboId, int steps) {
        robot.clickOn(comboId);
        for (int i = 0; i < steps; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private CheckBox tickBoxOf(Application application) {
        return robot.lookup("#applicationsTable .check-box").queryAllAs(CheckBox.class).stream()
                .filter(box -> box.getParent() instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof ExportRow row
                        && row.acceptanceNo().equals(application.acceptanceNo()))
                .findFirst().orElseThrow();
    }

    private List<String> writtenFiles() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportsTheTickedApplicationEncryptedForTheChosenStationAndSaysForWhom(@TempDir Path reviewerHome,
                                                                              @TempDir Path stick) throws Exception {
        try (Services reviewer = PackageStations.withKey(reviewerHome)) {
            PackageStations.exchangeCertificates(services, reviewer, stick);
            Application kept = PackageStations.accepted(services);
            Application left = PackageStations.accepted(services);
            String reviewerFingerprint = reviewer.keys().current().fingerprint();
            showScreen();

            choose("#kindBox", 1);
            assertThat(combo("#kindBox").getValue()).isEqualTo(ExportKind.REVIEW);
            robot.clickOn(tickBoxOf(left));
            assertThat(tickBoxOf(left).isSelected()).isFalse();
            assertThat(tickBoxOf(kept).isSelected()).isTrue();
            robot.clickOn("#folderButton");
            choose("#recipientBox", 1);
            ComboBox<RecipientChoice> recipients = combo("#recipientBox");
            assertThat(recipients.getValue().certificate()).hasValueSatisfying(
                    r -> assertThat(r.fingerprint()).isEqualTo(reviewerFingerprint));
            Label fingerprint = robot.lookup("#recipientFingerprintLabel").queryAs(Label.class);
            assertThat(fingerprint.getText()).isEqualTo(reviewerFingerprint);
            assertThat(fingerprint.isVisible()).isTrue();
            robot.clickOn("#exportButton");
            WaitForAsyncUtils.waitForFxEvents();

            String packageName = kept.acceptanceNo() + "-review.zip.p7m";
            List<String> written = writtenFiles();
            assertThat(written).hasSize(3).contains(packageName);
            String batchPdf = written.stream().filter(name -> name.endsWith(".pdf")).findFirst().orElseThrow();
            assertThat(written).contains(batchPdf.replace(".pdf", ".csv"));
            assertThat(reviewer.verifier().verify(folder.resolve(packageName)).valid()).isTrue();
            assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo(messages.get(
                    "packages.export.doneEncrypted", 1, folder.toString(), batchPdf, "测试职业技能评价中心 · 测试窗口",
                    reviewerFingerprint));
        }
    }

    @Test
    void withNoTrustedRecipientTheChoiceOffersOnlyNoEncryption() throws Exception {
        showScreen();

        ComboBox<RecipientChoice> recipients = combo("#recipientBox");
        assertThat(recipients.getItems()).containsExactly(RecipientChoice.NONE);
        assertThat(recipients.getValue()).isEqualTo(RecipientChoice.NONE);
        robot.clickOn("#recipientBox");
        assertThat(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty()).map(ListCell::getText).toList()).containsExactly("不加密");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#recipientFingerprintRow").query().isVisible()).isFalse();
        Label note = robot.lookup("#recipientNoteLabel").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo(messages.get("packages.export.recipient.noneUsable"));
    }
}
