package cn.bizhao.capture.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.bizhao.capture.fixtures.DeskPhoto;
import cn.bizhao.capture.fixtures.DocumentCameraView;
import cn.bizhao.capture.fixtures.LookFolder;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sheets drawn on a desk photo with known corners (an A4-shaped sheet, 210:297), straightened
 * and checked against where the corners and the sheet's red marks must land.
 */
class PageStraightenerTest {
    private static final int SHEET_WIDTH = 420;
    private static final int SHEET_HEIGHT = 594;
    /** Corner placement, in photo pixels: sub-pixel edge refinement should do far better. */
    private static final double CORNER_TOLERANCE = 2.0;
    /** Where the marks land on the straightened page, in its pixels. */
    private static final double MARK_TOLERANCE = 3.0;

    private final PageStraightener straightener = new PageStraightener();

    @Test
    void findsTheCornersOfATurnedSheetSeenAtAnAngle() {
        DeskPhoto desk = deskPhoto(new DocumentCameraView(1200, 900, 1100, 1000, 7, 12, -10, 5));

        StraightenedPage page = straightener.straighten(desk.photo());

        assertThat(page.sheetFound()).isTrue();
        assertCornersNear(page.sheet().orElseThrow(), desk.corners());
    }

    /** A document camera looks nearly straight down; a strong tilt (15°) would shorten the page by about cos(tilt). */
    @Test
    void keepsTheSheetsProportions() {
        DeskPhoto desk = deskPhoto(new DocumentCameraView(1200, 900, 1100, 1000, -9, 5, 20, -10));

        BufferedImage flat = straightener.straighten(desk.photo()).image();

        assertThat(flat.getWidth() / (double) flat.getHeight()).isCloseTo(SHEET_WIDTH / (double) SHEET_HEIGHT, within(0.015));
    }

    @Test
    void putsEveryPointOfTheSheetWhereItBelongsOnThePage() {
        DeskPhoto desk = deskPhoto(new DocumentCameraView(1200, 900, 1100, 1000, 7, 12, -10, 5));

        BufferedImage flat = straightener.straighten(desk.photo()).image();

        LookFolder.write(flat, "straightened-page.png");
        List<Point2D.Double> expected = new ArrayList<>();
        for (double fy : new double[] {DeskPhoto.MARK_INSET, 1 - DeskPhoto.MARK_INSET}) {
            for (double fx : new double[] {DeskPhoto.MARK_INSET, 1 - DeskPhoto.MARK_INSET}) {
                expected.add(new Point2D.Double(fx * flat.getWidth(), fy * flat.getHeight()));
            }
        }
        for (Point2D.Double mark : expected) {
            assertThat(redCentreNear(flat, mark).distance(mark)).as("red mark near %s", mark).isLessThan(MARK_TOLERANCE);
        }
    }

    @Test
    void findsTheSheetInALargeDocumentCameraPhoto() {
        DeskPhoto desk = DeskPhoto.of(2592, 1944, SHEET_WIDTH, SHEET_HEIGHT,
                new DocumentCameraView(2592, 1944, 2300, 1000, -4, 8, 0, 0).corners(SHEET_WIDTH, SHEET_HEIGHT));

        StraightenedPage page = straightener.straighten(desk.photo());

        assertThat(page.sheetFound()).isTrue();
        assertCornersNear(page.sheet().orElseThrow(), desk.corners());
    }

    @Test
    void keepsAPhotoWithoutASheetAsItWasAndSaysSo() {
        BufferedImage bareDesk = DeskPhoto.emptyDesk(800, 600);

        StraightenedPage page = straightener.straighten(bareDesk);

        assertThat(page.sheetFound()).isFalse();
        assertThat(page.image()).isSameAs(bareDesk);
        assertThat(page.noticeKey()).contains("capture.page.sheetNotFound");
    }

    @Test
    void keepsASheetCutOffByThePhotosEdgeAsItWas() {
        DeskPhoto desk = DeskPhoto.of(800, 600, SHEET_WIDTH, SHEET_HEIGHT,
                new Point2D.Double(300, -40), new Point2D.Double(700, -20), new Point2D.Double(720, 560), new Point2D.Double(280, 540));

        StraightenedPage page = straightener.straighten(desk.photo());

        assertThat(page.sheetFound()).isFalse();
        assertThat(page.image()).isSameAs(desk.photo());
    }

    private static DeskPhoto deskPhoto(DocumentCameraView view) {
        return DeskPhoto.of(view.photoWidth(), view.photoHeight(), SHEET_WIDTH, SHEET_HEIGHT,
                view.corners(SHEET_WIDTH, SHEET_HEIGHT));
    }

    private static void assertCornersNear(SheetCorners found, Point2D.Double[] truth) {
        assertThat(found.topLeft().distance(truth[0])).as("top left").isLessThan(CORNER_TOLERANCE);
        assertThat(found.topRight().distance(truth[1])).as("top right").isLessThan(CORNER_TOLERANCE);
        assertThat(found.bottomRight().distance(truth[2])).as("bottom right").isLessThan(CORNER_TOLERANCE);
        assertThat(found.bottomLeft().distance(truth[3])).as("bottom left").isLessThan(CORNER_TOLERANCE);
    }

    /** The centre of the strongly red pixels within a mark's size of where a mark should be. */
    private static Point2D.Double redCentreNear(BufferedImage page, Point2D.Double where) {
        int radius = page.getWidth() / 10;
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int y = (int) where.y - radius; y <= where.y + radius; y++) {
            for (int x = (int) where.x - radius; x <= where.x + radius; x++) {
                if (x >= 0 && y >= 0 && x < page.getWidth() && y < page.getHeight() && isRed(page.getRGB(x, y))) {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    count++;
                }
            }
        }
        assertThat(count).as("red pixels near %s", where).isPositive();
        return new Point2D.Double(sumX / count, sumY / count);
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xff) > 150 && ((rgb >> 8) & 0xff) < 90 && (rgb & 0xff) < 90;
    }

}
