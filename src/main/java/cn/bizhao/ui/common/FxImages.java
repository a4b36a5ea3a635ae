package cn.bizhao.ui.common;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** Pictures from the services (AWT images) as JavaFX images. */
public final class FxImages {
    private FxImages() {
    }

    /** The picture, or null for none (an empty image view). */
    public static Image of(BufferedImage picture) {
        return picture == null ? null : SwingFXUtils.toFXImage(picture, null);
    }
}
