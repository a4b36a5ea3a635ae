package cn.bizhao.capture;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Small conversions between the image layouts that cameras, ImageIO and the JPEG writer use. */
public final class Images {

    private Images() {
    }

    /**
     * The image as 8-bit RGB without alpha. The JPEG writer refuses or miscolours images with
     * alpha, and a PNG with transparency is shown on white, as it would be on paper.
     */
    public static BufferedImage opaqueRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
