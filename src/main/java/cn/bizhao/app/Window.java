package cn.bizhao.app;

import cn.bizhao.cli.WindowRequest;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.ui.BizhaoWindow;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.FxTaskRunner;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts JavaFX and the station side by side and shows the login as soon as JavaFX is up, before the
 * station (database, migrations, MyBatis) is open; the sign-in waits for it. A first start waits: it
 * makes the database and then asks for the institution and the first administrator.
 */
final class Window {
    private static volatile boolean open;

    private Window() {
    }

    static boolean isOpen() {
        return open;
    }

    static void launch(WindowRequest request, Messages messages) {
        open = true;
        DataHome home = DataHome.resolve(request.dataDir(), System.getenv());
        Logging.start(home); // before the first logger, whichever thread makes it
        boolean firstStart = !Files.exists(home.database());
        CompletableFuture<Services> station = CompletableFuture.supplyAsync(() -> {
            Services services = Main.openStation(request.dataDir());
            if (request.camera() != null) {
                services.capture().useCameraForThisRun(request.camera());
            }
            LoggerFactory.getLogger(Window.class).info("station open {} ms after JVM start", sinceJvmStart());
            return services;
        });
        Platform.setImplicitExit(true);
        Platform.startup(() -> show(station, firstStart, messages, home));
    }

    private static void show(CompletableFuture<Services> opening, boolean firstStart, Messages messages, DataHome home) {
        if (firstStart) {
            try {
                opening.join();
            } catch (CompletionException e) {
                refuse(e.getCause(), messages);
                return;
            }
        }
        Logger log = LoggerFactory.getLogger(Window.class);
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> lastResort(failure, messages));
        Stage stage = new Stage();
        stage.setOnHidden(whenHidden(() -> opening.thenAccept(Services::close), () -> Platform.runLater(Platform::exit)));
        new BizhaoWindow(opening, messages, new FxTaskRunner(), failure -> refuse(failure, messages))
                .rememberingPlaceIn(home.windowPlace()).show(stage);
        log.info("first window shown {} ms after JVM start", sinceJvmStart());
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * What happens once the window is closed: the station's database is closed, then JavaFX is asked to
     * stop. The stop is handed to {@code exitLater}, which must run it after this event: JavaFX is still
     * taking the window down while this handler runs, and stopping it then made that fail with
     * "IllegalStateException: This operation is permitted on the event thread only" on every close.
     */
    static EventHandler<WindowEvent> whenHidden(AutoCloseable services, Runnable exitLater) {
        return event -> {
            try {
                services.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Window.class).warn("closing the station failed", e);
            }
            exitLater.run();
        };
    }

    private static void refuse(Throwable failure, Messages messages) {
        Alert alert = new Alert(AlertType.ERROR, ErrorText.of(failure, messages));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("error.startup"));
        alert.showAndWait();
        Platform.exit();
        System.exit(1);
    }

    private static void lastResort(Throwable failure, Messages messages) {
        String text = ErrorText.of(failure, messages);
        if (Platform.isFxApplicationThread()) {
            Alert alert = new Alert(AlertType.ERROR, text);
            alert.setHeaderText(null);
            alert.show();
        }
    }
}
