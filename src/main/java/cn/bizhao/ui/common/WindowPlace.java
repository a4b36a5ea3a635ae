package cn.bizhao.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window stood and how large it was when it last closed on this station, kept in a
 * small file of the data home (each counter PC its own, not the shared database).
 *
 * @param maximized whether it filled the screen; x, y, width and height are then its size before
 */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    /** Of the window, this much must lie on a screen for a person to reach its title bar and drag it. */
    private static final double REACHABLE = 120;
    /** Smaller than this, the screens cannot be worked with. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;

    /** The place stored in the file, if there is one that can be read. */
    public static Optional<WindowPlace> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties stored = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            stored.load(in);
            return Optional.of(new WindowPlace(number(stored, "x"), number(stored, "y"), number(stored, "width"),
                    number(stored, "height"), Boolean.parseBoolean(stored.getProperty("maximized"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // a damaged file only costs the remembered place
        }
    }

    private static double number(Properties stored, String key) {
        String value = stored.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("not a number: " + key);
        }
        return number;
    }

    /** Writes the place, replacing the file whole so that a crash never leaves half of it. */
    public void write(Path file) {
        Properties stored = new Properties();
        stored.setProperty("x", Double.toString(x));
        stored.setProperty("y", Double.toString(y));
        stored.setProperty("width", Double.toString(width));
        stored.setProperty("height", Double.toString(height));
        stored.setProperty("maximized", Boolean.toString(maximized));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), "window", ".tmp");
            try (OutputStream out = Files.newOutputStream(written)) {
                stored.store(out, "Bizhao Desk: the main window on this station");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first place of the window: its preferred size, no larger than the screen, in the middle. */
    public static WindowPlace centred(Rectangle2D screen, double width, double height) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new WindowPlace(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
    }

    /**
     * This place on the screens there are now: kept where it is if a person can reach it there,
     * no larger than the screen it is on; else (the monitor it stood on is gone or smaller) moved
     * into the middle of the first screen.
     *
     * @param screens the usable bounds of each screen (without task bars), the primary first
     */
    public WindowPlace onScreens(List<Rectangle2D> screens) {
        Rectangle2D primary = screens.get(0);
        Rectangle2D home = screens.stream().filter(this::reachableOn).findFirst().orElse(null);
        if (home == null) {
            return centred(primary, Math.max(width, MIN_WIDTH), Math.max(height, MIN_HEIGHT)).keeping(maximized);
        }
        double w = Math.min(Math.max(width, MIN_WIDTH), home.getWidth());
        double h = Math.min(Math.max(height, MIN_HEIGHT), home.getHeight());
        double left = Math.min(Math.max(x, home.getMinX()), home.getMaxX() - w);
        double top = Math.min(Math.max(y, home.getMinY()), home.getMaxY() - h);
        return new WindowPlace(left, top, w, h, maximized);
    }

    private WindowPlace keeping(boolean filled) {
        return new WindowPlace(x, y, width, height, filled);
    }

    /** The window's top edge lies on the screen, with enough of it to take hold of. */
    private boolean reachableOn(Rectangle2D screen) {
        double left = Math.max(x, screen.getMinX());
        double right = Math.min(x + width, screen.getMaxX());
        return right - left >= REACHABLE && y >= screen.getMinY() && y < screen.getMaxY() - REACHABLE / 4;
    }
}
