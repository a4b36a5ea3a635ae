package cn.bizhao.documents.pdf;

import cn.bizhao.domain.StationTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Turns a {@link PageLayout} into a one-page A4 PDF: borders, then text in the bundled fonts
 * (embedded as subsets), then pictures and QR codes on top, so a seal covers the text under it
 * the way ink does.
 */
public final class PdfComposer {
    /** Cell borders: 0.75 pt prints as a clear hairline, like a ruled paper form. */
    private static final float BORDER_WIDTH = 0.75f;
    private static final String PRODUCER = "Bizhao Desk";

    private final FontLibrary fonts;

    public PdfComposer() {
        this(FontLibrary.bundled());
    }

    public PdfComposer(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** The PDF of a page; a text too long for its cell raises a {@code DocumentException}. */
    public byte[] compose(PageLayout layout) {
        synchronized (fonts) {
            try (PDDocument document = new PDDocument()) {
                PdfFonts embedded = fonts.embedInto(document);
                List<List<SetLine>> text = typeset(layout, embedded);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    PageCanvas canvas = new PageCanvas(stream, PageLayout.A4_HEIGHT_MM);
                    drawBorders(canvas, layout);
                    drawText(canvas, text, embedded);
                    drawGraphics(canvas, layout, document);
                }
                describe(document, layout.title());
                ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the PDF " + layout.title(), e);
            }
        }
    }

    private static List<List<SetLine>> typeset(PageLayout layout, PdfFonts fonts) {
        CellTypesetter typesetter = new CellTypesetter(fonts);
        List<List<SetLine>> text = new ArrayList<>();
        for (Cell cell : layout.cells()) {
            text.add(cell.hasText() ? typesetter.set(cell) : List.of());
        }
        return text;
    }

    private static void drawBorders(PageCanvas canvas, PageLayout layout) throws IOException {
        for (Cell cell : layout.cells()) {
            if (cell.bordered()) {
                canvas.stroke(cell.rect(), BORDER_WIDTH);
            }
        }
    }

    private static void drawText(PageCanvas canvas, List<List<SetLine>> text, PdfFonts fonts) throws IOException {
        for (List<SetLine> lines : text) {
            for (SetLine line : lines) {
                canvas.text(line, fonts.runs(line.text(), line.role()));
            }
        }
    }

    private static void drawGraphics(PageCanvas canvas, PageLayout layout, PDDocument document) throws IOException {
        for (Graphic graphic : layout.graphics()) {
            if (graphic instanceof Picture picture) {
                canvas.picture(PictureEmbedder.embed(document, picture), picture.rect());
            } else if (graphic instanceof QrCode qr) {
                for (Rect bar : QrModules.bars(qr.text(), qr.rect())) {
                    canvas.fill(bar);
                }
            }
        }
    }

    private static void describe(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(Calendar.getInstance(TimeZone.getTimeZone(StationTime.ZONE))); // the station's zone, as printed on the form
        document.getDocumentCatalog().setLanguage("zh-CN");
    }
}
