import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of bench-startup.sh: the smallest JavaFX 21 window, started the way Bizhao Desk
 * starts its own (Platform.startup from a plain main, JavaFX on the class path), the same size as
 * the login window.
 */
public final class HelloWindow {
    private HelloWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Hello");
            stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 520, 420));
            stage.show();
        });
    }
}
