package cn.bizhao.capture.page;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A document camera photo after looking for the sheet in it.
 *
 * @param image  the sheet cropped and straightened, or the photo unchanged when no sheet was found
 * @param sheet  where the sheet was found in the photo; empty when it was not, so the screen can
 *               say the page was kept as taken and offer to retake it
 */
public record StraightenedPage(BufferedImage image, Optional<SheetCorners> sheet) {
    /** The notice shown when the photo was kept as taken. */
    public static final String SHEET_NOT_FOUND = "capture.page.sheetNotFound";

    public boolean sheetFound() {
        return sheet.isPresent();
    }

    /** What to tell the clerk about this page, if anything. */
    public Optional<String> noticeKey() {
        return sheet.isPresent() ? Optional.empty() : Optional.of(SHEET_NOT_FOUND);
    }
}
