package cn.bizhao.documents.pdf;

/**
 * A rectangle on the page in millimetres, measured from the top-left corner of the page, as
 * forms are drawn and measured on paper; {@link PageCanvas} turns it into PDF points.
 */
public record Rect(double x, double y, double width, double height) {
    public static final double POINTS_PER_MM = 72 / 25.4;

    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** The same rectangle shrunk by a margin on the left and right and another at the top and bottom. */
    public Rect inset(double horizontal, double vertical) {
        return new Rect(x + horizontal, y + vertical, Math.max(0, width - 2 * horizontal),
                Math.max(0, height - 2 * vertical));
    }

    /** A rectangle of the given size centred on this one. */
    public Rect centered(double w, double h) {
        return new Rect(centerX() - w / 2, centerY() - h / 2, w, h);
    }

    public boolean contains(double px, double py, double tolerance) {
        return px >= x - tolerance && px <= right() + tolerance && py >= y - tolerance && py <= bottom() + tolerance;
    }

    public static double toPoints(double mm) {
        return mm * POINTS_PER_MM;
    }

    public static double toMm(double points) {
        return points / POINTS_PER_MM;
    }
}
