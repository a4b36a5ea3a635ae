package cn.bizhao.capture.page;

import boofcv.struct.image.GrayU8;
import boofcv.struct.image.Planar;
import java.awt.image.BufferedImage;

/**
 * Pixel copies between Java 2D images and BoofCV's. BoofCV's own converter lives in its I/O
 * module, which would bring in its 3D-reconstruction modules and YAML parser: several
 * megabytes for two loops.
 */
final class BoofImages {

    private BoofImages() {
    }

    static Planar<GrayU8> planar(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        Planar<GrayU8> planar = new Planar<>(GrayU8.class, width, height, 3);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                planar.getBand(0).unsafe_set(x, y, (rgb >> 16) & 0xff);
                planar.getBand(1).unsafe_set(x, y, (rgb >> 8) & 0xff);
                planar.getBand(2).unsafe_set(x, y, rgb & 0xff);
            }
        }
        return planar;
    }

    /** Luma (BT.601), the brightness a sheet and a desk differ most in. */
    static GrayU8 luma(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        GrayU8 gray = new GrayU8(width, height);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                int luma = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff) + 500) / 1000;
                gray.unsafe_set(x, y, luma);
            }
        }
        return gray;
    }

    static BufferedImage image(Planar<GrayU8> planar) {
        int width = planar.width;
        int height = planar.height;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = planar.getBand(0).unsafe_get(x, y) << 16
                        | planar.getBand(1).unsafe_get(x, y) << 8
                        | planar.getBand(2).unsafe_get(x, y);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }
}
