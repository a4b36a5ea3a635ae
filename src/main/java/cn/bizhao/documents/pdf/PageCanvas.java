package cn.bizhao.documents.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Drawing on one page in the layout's terms (millimetres from the top-left corner); the only place
 * that knows PDF's points and bottom-left origin.
 */
final class PageCanvas {
    private final PDPageContentStream stream;
    private final double pageHeightMm;

    PageCanvas(PDPageContentStream stream, double pageHeightMm) {
        this.stream = stream;
        this.pageHeightMm = pageHeightMm;
    }

    void stroke(Rect rect, float lineWidthPt) throws IOException {
        stream.setLineWidth(lineWidthPt);
        stream.addRect(x(rect.x()), y(rect.bottom()), pt(rect.width()), pt(rect.height()));
        stream.stroke();
    }

    void fill(Rect rect) throws IOException {
        stream.addRect(x(rect.x()), y(rect.bottom()), pt(rect.width()), pt(rect.height()));
        stream.fill();
    }

    void text(SetLine line, List<Run> runs) throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x(line.x()), y(line.baseline()));
        for (Run run : runs) {
            stream.setFont(run.font(), line.size());
            stream.showText(run.text());
        }
        stream.endText();
    }

    /**
     * An image scaled to cover the rectangle, centred, and clipped to it: a photo of the right
     * proportions fills its box exactly, one of other proportions is trimmed rather than distorted.
     * A difference under 1% (whole pixels cannot hold 4:5 exactly) is absorbed by filling the box.
     */
    void picture(PDImageXObject image, Rect rect) throws IOException {
        double aspects = ((double) image.getWidth() / image.getHeight()) / (rect.width() / rect.height());
        if (Math.abs(aspects - 1) < 0.01) {
            stream.drawImage(image, x(rect.x()), y(rect.bottom()), pt(rect.width()), pt(rect.height()));
            return;
        }
        double scale = Math.max(rect.width() / image.getWidth(), rect.height() / image.getHeight());
        double w = image.getWidth() * scale;
        double h = image.getHeight() * scale;
        Rect drawn = new Rect(rect.centerX() - w / 2, rect.centerY() - h / 2, w, h);
        stream.saveGraphicsState();
        stream.addRect(x(rect.x()), y(rect.bottom()), pt(rect.width()), pt(rect.height()));
        stream.clip();
        stream.drawImage(image, x(drawn.x()), y(drawn.bottom()), pt(drawn.width()), pt(drawn.height()));
        stream.restoreGraphicsState();
    }

    private static float pt(double mm) {
        return (float) Rect.toPoints(mm);
    }

    private static float x(double mm) {
        return pt(mm);
    }

    private float y(double mm) {
        return pt(pageHeightMm - mm);
    }
}
