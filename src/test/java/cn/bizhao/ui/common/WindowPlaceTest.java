package cn.bizhao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlaceTest {
    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D COUNTER = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D RIGHT_OF_WIDE = new Rectangle2D(1920, 0, 1366, 728);

    @TempDir
    Path home;

    @Test
    void keepsWhatWasWritten() {
        Path file = home.resolve("window.properties");
        WindowPlace place = new WindowPlace(40.5, 30, 1300, 700, true);

        place.write(file);

        assertThat(WindowPlace.read(file)).contains(place);
    }

    @Test
    void noFileMeansNoPlace() {
        assertThat(WindowPlace.read(home.resolve("window.properties"))).isEmpty();
    }

    @Test
    void aDamagedFileIsIgnored() throws IOException {
        Path file = home.resolve("window.properties");
        Files.writeString(file, "x=left\nwidth=1200\n");

        assertThat(WindowPlace.read(file)).isEmpty();
    }

    @Test
    void staysWhereItWasOnTheSameScreen() {
        WindowPlace place = new WindowPlace(100, 20, 1200, 700, false);

        assertThat(place.onScreens(List.of(WIDE))).isEqualTo(place);
    }

    @Test
    void staysOnTheSecondMonitorWhileThatIsThere() {
        WindowPlace place = new WindowPlace(2000, 10, 1200, 700, false);

        assertThat(place.onScreens(List.of(WIDE, RIGHT_OF_WIDE))).isEqualTo(place);
    }

    @Test
    void comesBackToThePrimaryScreenWhenItsMonitorIsGone() {
        WindowPlace onSecond = new WindowPlace(2000, 10, 1200, 700, false);

        assertThat(onSecond.onScreens(List.of(COUNTER))).isEqualTo(new WindowPlace(83, 14, 1200, 700, false));
    }

    @Test
    void shrinksToASmallerScreenAndMovesIntoIt() {
        WindowPlace wide = new WindowPlace(300, 100, 1800, 1000, false);

        assertThat(wide.onScreens(List.of(COUNTER))).isEqualTo(new WindowPlace(0, 0, 1366, 728, false));
    }

    @Test
    void aTitleBarAboveTheScreenIsBroughtBack() {
        WindowPlace above = new WindowPlace(100, -500, 1000, 600, false);

        assertThat(above.onScreens(List.of(WIDE))).isEqualTo(new WindowPlace(460, 220, 1000, 600, false));
    }

    @Test
    void theFirstPlaceIsCentredAndNoLargerThanTheScreen() {
        assertThat(WindowPlace.centred(COUNTER, 1200, 760)).isEqualTo(new WindowPlace(83, 0, 1200, 728, false));
    }
}
