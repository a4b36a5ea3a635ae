package cn.bizhao.capture.photo;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Whether a photo's background is light and even, judged on the strips where a passport-style
 * photo shows only background: along the top edge above the head, and down both sides beside it
 * to above the shoulders.
 *
 * @param meanLuminance mean luma (BT.601, 0-255) of the sampled strips
 * @param deviation     standard deviation of that luma: high when shadows, objects or a patterned wall show
 */
public record BackgroundCheck(double meanLuminance, double deviation, Verdict verdict) {
    /** A white or light grey wall in ordinary office light measures 190-240; light blue about 170. */
    static final double LIGHT_ENOUGH = 160;
    /** A plain wall stays within about 10; a shadow or a poster behind the head pushes it past 30. */
    static final double EVEN_ENOUGH = 28;

    private static final double TOP_STRIP = 0.08;
    private static final double SIDE_STRIP = 0.12;
    private static final double SIDE_DEPTH = 0.45;

    public enum Verdict {
        LIGHT(null),
        DARK("capture.photo.backgroundDark"),
        UNEVEN("capture.photo.backgroundUneven");

        private final String warningKey;

        Verdict(String warningKey) {
            this.warningKey = warningKey;
        }
    }

    public static BackgroundCheck of(BufferedImage photo) {
        int width = photo.getWidth();
        int height = photo.getHeight();
        int top = Math.max(1, (int) (height * TOP_STRIP));
        int side = Math.max(1, (int) (width * SIDE_STRIP));
        int depth = Math.max(top, (int) (height * SIDE_DEPTH));
        Luma luma = new Luma();
        luma.addRegion(photo, 0, 0, width, top);
        luma.addRegion(photo, 0, top, side, depth);
        luma.addRegion(photo, width - side, top, width, depth);
        return new BackgroundCheck(luma.mean(), luma.deviation(), verdict(luma.mean(), luma.deviation()));
    }

    public boolean isLight() {
        return verdict == Verdict.LIGHT;
    }

    /** The warning to show beside the photo, when there is one. */
    public Optional<String> warningKey() {
        return Optional.ofNullable(verdict.warningKey);
    }

    private static Verdict verdict(double mean, double deviation) {
        if (mean < LIGHT_ENOUGH) {
            return Verdict.DARK;
        }
        return deviation > EVEN_ENOUGH ? Verdict.UNEVEN : Verdict.LIGHT;
    }

    /** Running mean and variance of luma over the sampled pixels. */
    private static final class Luma {
        private long count;
        private double sum;
        private double sumOfSquares;

        void addRegion(BufferedImage image, int x0, int y0, int x1, int y1) {
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int rgb = image.getRGB(x, y);
                    double value = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                    count++;
                    sum += value;
                    sumOfSquares += value * value;
                }
            }
        }

        double mean() {
            return sum / count;
        }

        double deviation() {
            double mean = mean();
            return Math.sqrt(Math.max(0, sumOfSquares / count - mean * mean));
        }
    }
}
