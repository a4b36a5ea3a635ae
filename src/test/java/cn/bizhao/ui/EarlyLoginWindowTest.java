package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The login comes before the station is open; what is typed meanwhile stays and signs in once it is. */
class EarlyLoginWindowTest {
    @TempDir
    Path home;
    private final CompletableFuture<Services> opening = new CompletableFuture<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final FxRobot robot = new FxRobot();

    private void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new BizhaoWindow(opening, Messages.chinese(), TaskRunner.direct(), failure::set)
                .show(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        opening.thenAccept(Services::close);
    }

    @Test
    void showsTheLoginWhileTheStationOpensAndSignsInOnceItIsOpen() throws TimeoutException {
        start();
        assertThat(robot.lookup("#loginField").tryQuery()).isPresent();
        assertThat(robot.lookup("#stationLabel").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#loginField").write(TestStation.ADMIN);
        robot.clickOn("#passwordField").write(TestStation.PASSWORD);

        opening.complete(TestStation.withAdministrator(home));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#loginField").queryAs(TextField.class).getText()).isEqualTo(TestStation.ADMIN);
        assertThat(robot.lookup("#stationLabel").queryAs(Label.class).getText()).contains("测试职业技能评价中心");
        robot.clickOn("#signInButton");

        assertThat(robot.lookup("#userLabel").queryAs(Label.class).getText()).contains(TestStation.ADMIN);
    }

    @Test
    void handsOnAStationThatCannotBeOpened() throws TimeoutException {
        start();
        IllegalStateException refused = new IllegalStateException("database is newer than the program");

        opening.completeExceptionally(refused);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(failure.get()).isSameAs(refused);
    }
}
