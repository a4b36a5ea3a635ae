package cn.bizhao.documents.preview;

import cn.bizhao.documents.DocumentException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages of a produced PDF into images for the in-app preview. The preview is drawn
 * from the PDF itself, with its embedded fonts, so what the clerk sees is what prints.
 */
public final class PagePreview {
    /** A typical screen; the UI passes its own resolution times the zoom. */
    public static final float SCREEN_DPI = 96f;

    public int pageCount(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Page {@code pageIndex} (from 0) at {@code dpi} dots per inch, on white. */
    public BufferedImage render(byte[] pdf, int pageIndex, float dpi) {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        try (PDDocument document = open(pdf)) {
            if (pageIndex < 0 || pageIndex >= document.getNumberOfPages()) {
                throw new IndexOutOfBoundsException("page " + pageIndex + " of " + document.getNumberOfPages());
            }
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static DocumentException unreadable(IOException cause) {
        return new DocumentException(cause, "document.error.unreadable");
    }
}
