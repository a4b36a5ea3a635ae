package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.WindowPlace;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window opens where it stood when it last closed on this station, and always on a screen. */
class WindowPlaceWindowTest {
    @TempDir
    Path home;
    @TempDir
    Path local;
    private Services services;
    private Path file;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void station() {
        services = TestStation.withAdministrator(home);
        file = local.resolve("window.properties");
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        services.close();
    }

    private Stage start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct())
                .rememberingPlaceIn(file).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    private void signIn() {
        robot.clickOn("#loginField").write(TestStation.ADMIN);
        robot.clickOn("#passwordField").write(TestStation.PASSWORD);
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static WindowPlace placeOf(Stage stage) {
        return new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    @Test
    void signingOutKeepsThePlaceAndTheNextSignInRestoresIt() throws TimeoutException {
        Stage stage = start();
        signIn();
        robot.interact(() -> {
            stage.setX(150);
            stage.setY(60);
            stage.setWidth(1100);
            stage.setHeight(650);
        });

        robot.clickOn("#signOutLink");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowPlace.read(file)).contains(new WindowPlace(150, 60, 1100, 650, false));
        robot.interact(() -> stage.setX(0)); // the login window stands elsewhere
        signIn();

        assertThat(placeOf(stage)).isEqualTo(new WindowPlace(150, 60, 1100, 650, false));
    }

    @Test
    void aPlaceOnAMonitorNoLongerThereOpensOnTheScreen() throws TimeoutException {
        new WindowPlace(5000, 40, 1200, 700, false).write(file);
        Stage stage = start();

        signIn();

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isTrue();
        assertThat(stage.getWidth()).isEqualTo(1200);
    }

    @Test
    void withoutAPlaceTheWindowFitsTheScreen() throws TimeoutException {
        Stage stage = start();

        signIn();

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isTrue();
    }
}
