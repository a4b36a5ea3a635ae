package cn.bizhao.capture.page;

import boofcv.alg.distort.RemovePerspectiveDistortion;
import boofcv.struct.image.GrayU8;
import boofcv.struct.image.ImageType;
import boofcv.struct.image.Planar;
import georegression.struct.point.Point2D_F64;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Turns a document camera photo into a page: finds the sheet, cuts it out and removes the
 * perspective, so the page looks scanned. When no sheet is found the photo is kept as taken.
 */
public final class PageStraightener {
    private final SheetFinder finder = new SheetFinder();

    public StraightenedPage straighten(BufferedImage photo) {
        Optional<SheetCorners> sheet = finder.find(photo);
        Optional<BufferedImage> flat = sheet.flatMap(corners -> flatten(photo, corners));
        return flat.isPresent() ? new StraightenedPage(flat.get(), sheet) : new StraightenedPage(photo, Optional.empty());
    }

    private static Optional<BufferedImage> flatten(BufferedImage photo, SheetCorners corners) {
        RemovePerspectiveDistortion<Planar<GrayU8>> removal =
                new RemovePerspectiveDistortion<>(corners.width(), corners.height(), ImageType.pl(3, GrayU8.class));
        boolean done = removal.apply(BoofImages.planar(photo),
                boof(corners.topLeft()), boof(corners.topRight()), boof(corners.bottomRight()), boof(corners.bottomLeft()));
        return done ? Optional.of(BoofImages.image(removal.getOutput())) : Optional.empty();
    }

    private static Point2D_F64 boof(Point2D.Double point) {
        return new Point2D_F64(point.x, point.y);
    }
}
