package cn.bizhao.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/** The bundled CJK font, so Chinese renders on machines that have no Chinese font installed. */
public final class Fonts {
    private static final String CJK = "/fonts/DroidSansFallbackFull.ttf";

    private Fonts() {
    }

    /** Loads the font once into JavaFX; the stylesheet then names its family. */
    public static void load() {
        try (InputStream in = Fonts.class.getResourceAsStream(CJK)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + CJK);
            }
            if (Font.loadFont(in, 13) == null) {
                throw new IllegalStateException("font could not be loaded: " + CJK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
