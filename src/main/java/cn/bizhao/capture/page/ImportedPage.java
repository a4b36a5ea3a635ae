package cn.bizhao.capture.page;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A file accepted as a material page: kept byte for byte as it came, with its hash.
 *
 * @param image     the decoded picture, for thumbnails and preview; empty for a PDF
 * @param pageCount 1 for a picture, the number of pages for a PDF
 */
public record ImportedPage(String fileName, PageFormat format, byte[] bytes, String sha256, int pageCount,
                           Optional<BufferedImage> image) {
    public ImportedPage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public long size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "ImportedPage[" + fileName + ", " + format + ", " + bytes.length + " bytes, " + pageCount + " page(s), sha256=" + sha256 + "]";
    }
}
