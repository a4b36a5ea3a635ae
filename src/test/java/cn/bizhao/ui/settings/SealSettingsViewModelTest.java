package cn.bizhao.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 机构印章 tab without a screen: a transparent PNG becomes the seal, anything else is refused. */
class SealSettingsViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    private final Messages messages = Messages.chinese();
    private final ChosenFiles dialogs = new ChosenFiles();
    private Services services;
    private User admin;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private SealSettingsViewModel model() {
        return new SealSettingsViewModel(admin, services.documents(), dialogs, TaskRunner.direct(), messages);
    }

    private Path seal(String name, int type, String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.drawOval(4, 4, 56, 56);
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    @Test
    void showsNoSealBeforeOneIsSet() {
        SealSettingsViewModel model = model();

        model.load();

        assertThat(model.sealPngProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void acceptsATransparentPngAndShowsIt() throws IOException {
        dialogs.file = seal("seal.png", BufferedImage.TYPE_INT_ARGB, "png");
        byte[] png = Files.readAllBytes(dialogs.file);
        SealSettingsViewModel model = model();

        model.chooseAndUpload();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo(messages.get("settings.seal.saved", "seal.png"));
        assertThat(model.sealPngProperty().get()).isEqualTo(png);
        SealSettingsViewModel reopened = model();
        reopened.load();
        assertThat(reopened.sealPngProperty().get()).isEqualTo(png);
    }

    @Test
    void refusesAJpeg() throws IOException {
        dialogs.file = seal("seal.jpg", BufferedImage.TYPE_INT_RGB, "jpg");
        SealSettingsViewModel model = model();

        model.chooseAndUpload();

        assertThat(model.errorProperty().get()).isEqualTo(messages.get("error.seal.notPng"));
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(services.documents().currentSeal(admin)).isEmpty();
    }

    @Test
    void doesNothingWhenNoFileIsChosen() {
        SealSettingsViewModel model = model();

        model.chooseAndUpload();

        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
    }
}
