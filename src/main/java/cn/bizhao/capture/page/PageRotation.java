package cn.bizhao.capture.page;

import java.awt.image.BufferedImage;

/**
 * Quarter turns of a page. A page's stored bytes never change (its SHA-256 must keep matching);
 * its rotation is kept beside it and applied here when it is shown or printed.
 */
public final class PageRotation {

    private PageRotation() {
    }

    /** The number of quarter turns clockwise, 0-3, that {@code turns} comes to (negative turns go anticlockwise). */
    public static int normalise(int turns) {
        return Math.floorMod(turns, 4);
    }

    /** The image turned clockwise by {@code turns} quarter turns; pixels are moved, never resampled. */
    public static BufferedImage rotate(BufferedImage image, int turns) {
        int quarter = normalise(turns);
        int width = image.getWidth();
        int height = image.getHeight();
        boolean sideways = quarter % 2 == 1;
        BufferedImage turned = new BufferedImage(sideways ? height : width, sideways ? width : height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                switch (quarter) {
                    case 0 -> turned.setRGB(x, y, row[x]);
                    case 1 -> turned.setRGB(height - 1 - y, x, row[x]);
                    case 2 -> turned.setRGB(width - 1 - x, height - 1 - y, row[x]);
                    default -> turned.setRGB(y, width - 1 - x, row[x]);
                }
            }
        }
        return turned;
    }
}
