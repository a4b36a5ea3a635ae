package cn.bizhao.capture.page;

import java.awt.geom.Point2D;

/**
 * The corners of a sheet in a photo, in pixels of that photo, named as the sheet lies: the top
 * left corner is the one nearest the photo's top left.
 */
public record SheetCorners(Point2D.Double topLeft, Point2D.Double topRight, Point2D.Double bottomRight, Point2D.Double bottomLeft) {

    /*
     * The straightened page's size is the mean of opposite edges. Perspective makes the near edge
     * longer and the far edge shorter by about the same factor, so the mean keeps the sheet's
     * proportions (an A4 page stays 1:1.414 within about 1% for a document camera looking down),
     * where the longer edge would stretch the page along it. A camera tilted well away from
     * straight down also shortens the page along the tilt (by about the cosine of the angle),
     * which no choice of edges can undo without knowing the camera's focal length.
     */

    public int width() {
        return (int) Math.round((topLeft.distance(topRight) + bottomLeft.distance(bottomRight)) / 2);
    }

    public int height() {
        return (int) Math.round((topLeft.distance(bottomLeft) + topRight.distance(bottomRight)) / 2);
    }
}
