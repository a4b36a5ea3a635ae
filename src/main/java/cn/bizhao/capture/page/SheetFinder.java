package cn.bizhao.capture.page;

import boofcv.alg.filter.binary.GThresholdImageOps;
import boofcv.alg.filter.binary.ThresholdImageOps;
import boofcv.alg.filter.blur.BlurImageOps;
import boofcv.alg.misc.PixelMath;
import boofcv.alg.shapes.polygon.DetectPolygonBinaryGrayRefine;
import boofcv.factory.shape.ConfigPolygonDetector;
import boofcv.factory.shape.FactoryShapeDetector;
import boofcv.struct.image.GrayU8;
import cn.bizhao.capture.Scaling;
import georegression.struct.point.Point2D_F64;
import georegression.struct.shapes.Polygon2D_F64;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a sheet of paper lying on a darker desk: the largest four-sided shape that stands out
 * from its surroundings, with its corners refined to the sheet's edges to below a pixel.
 * <p>
 * BoofCV's polygon detector does the work. It is built for dark shapes on a light ground (printed
 * markers), so it is given the photo in negative: the white sheet becomes the dark shape.
 */
final class SheetFinder {
    /** Detection runs on a copy about this size: enough for the edges, fast on a 5-megapixel document camera. */
    private static final int WORKING_SIZE = 1600;
    /** A sheet smaller than this share of the photo is something else on the desk (a card, a pen). */
    private static final double MIN_AREA_SHARE = 0.10;

    Optional<SheetCorners> find(BufferedImage photo) {
        double scale = Math.max(1.0, Math.max(photo.getWidth(), photo.getHeight()) / (double) WORKING_SIZE);
        BufferedImage working = scale > 1.0
                ? Scaling.to(photo, (int) Math.round(photo.getWidth() / scale), (int) Math.round(photo.getHeight() / scale))
                : photo;
        GrayU8 negative = negative(BoofImages.luma(working));
        double minimumArea = MIN_AREA_SHARE * negative.width * negative.height;
        return largestQuadrilateral(negative)
                .filter(quad -> quad.areaSimple() >= minimumArea)
                .map(quad -> corners(quad, photo.getWidth() / (double) working.getWidth()));
    }

    private static GrayU8 negative(GrayU8 luma) {
        // A light blur keeps wood grain and printed text from breaking up the sheet's outline.
        GrayU8 blurred = BlurImageOps.gaussian(luma, null, -1, 2, null);
        GrayU8 negative = new GrayU8(luma.width, luma.height);
        PixelMath.minus(255, blurred, negative);
        return negative;
    }

    private static Optional<Polygon2D_F64> largestQuadrilateral(GrayU8 negative) {
        // Otsu's threshold splits the photo into its two brightness groups: paper and desk.
        double threshold = GThresholdImageOps.computeOtsu(negative, 0, 255);
        GrayU8 binary = ThresholdImageOps.threshold(negative, null, (int) threshold, true);
        DetectPolygonBinaryGrayRefine<GrayU8> detector = FactoryShapeDetector.polygon(quadrilaterals(), GrayU8.class);
        detector.process(negative, binary);
        List<Polygon2D_F64> found = detector.getPolygons(null, null);
        return found.stream().max(Comparator.comparingDouble(Polygon2D_F64::areaSimple));
    }

    private static ConfigPolygonDetector quadrilaterals() {
        ConfigPolygonDetector config = new ConfigPolygonDetector(4, 4);
        // A sheet cut off by the photo's edge has a corner missing: better no crop than a wrong one.
        config.detector.canTouchBorder = false;
        return config;
    }

    private static SheetCorners corners(Polygon2D_F64 quad, double scale) {
        List<Point2D.Double> points = quad.vertexes.toList().stream().map(vertex -> toPhoto(vertex, scale)).toList();
        return new SheetCorners(
                extreme(points, Comparator.comparingDouble(p -> -(p.x + p.y))),
                extreme(points, Comparator.comparingDouble(p -> p.x - p.y)),
                extreme(points, Comparator.comparingDouble(p -> p.x + p.y)),
                extreme(points, Comparator.comparingDouble(p -> p.y - p.x)));
    }

    /** Pixel centres sit at integer coordinates in both images, hence the half-pixel shifts. */
    private static Point2D.Double toPhoto(Point2D_F64 vertex, double scale) {
        return new Point2D.Double((vertex.x + 0.5) * scale - 0.5, (vertex.y + 0.5) * scale - 0.5);
    }

    private static Point2D.Double extreme(List<Point2D.Double> points, Comparator<Point2D.Double> order) {
        return points.stream().max(order).orElseThrow();
    }
}
