package cn.bizhao.documents;

import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Rect;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads back what a produced PDF really contains: its text (whole, or in a rectangle of the
 * layout), every glyph with its position, every image with the box it is drawn in, the fonts,
 * and the text poppler's pdftotext finds. All positions are in millimetres from the top-left.
 */
public final class PdfInspection {
    private final byte[] pdf;

    public PdfInspection(byte[] pdf) {
        this.pdf = pdf.clone();
    }

    /** The text in content-stream order, where each cell's lines come together, with whitespace removed. */
    public String compactText() {
        return compact(text());
    }

    /** The text in content-stream order, as extracted. */
    public String text() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text inside a rectangle of the page, whitespace removed. */
    public String compactTextIn(Rect rect) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("r", new Rectangle2D.Double(Rect.toPoints(rect.x()), Rect.toPoints(rect.y()),
                    Rect.toPoints(rect.width()), Rect.toPoints(rect.height())));
            stripper.extractRegions(document.getPage(0));
            return compact(stripper.getTextForRegion("r"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String compactTextOfCell(PageLayout layout, String cellId) {
        return compactTextIn(layout.cell(cellId).orElseThrow(() -> new AssertionError("no cell " + cellId)).rect());
    }

    /** Every glyph with its ink box estimated from baseline and size (CJK faces: 0.88 em up, 0.12 em down). */
    public List<Glyph> glyphs() {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    double size = text.getFontSizeInPt();
                    double baseline = text.getYDirAdj();
                    glyphs.add(new Glyph(text.getUnicode(), new Rect(Rect.toMm(text.getXDirAdj()),
                            Rect.toMm(baseline - 0.88 * size), Rect.toMm(text.getWidthDirAdj()), Rect.toMm(size)),
                            Rect.toMm(baseline)));
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** Every image drawn, with the rectangle its transformation maps the unit square to. */
    public List<DrawnImage> images() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            ImageCollector collector = new ImageCollector(page);
            collector.processPage(page);
            return collector.images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PDFont> fonts() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a Type 0 font is embedded (FontFile2) and subset (six capitals and "+" before its name). */
    public static boolean embeddedSubset(PDFont font) {
        if (!(font instanceof PDType0Font type0)) {
            return false;
        }
        var descriptor = type0.getDescendantFont().getFontDescriptor();
        return descriptor.getFontFile2() != null && font.getName().matches("[A-Z]{6}\\+.+");
    }

    /** The size of the first page in millimetres. */
    public Rect pageSize() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var box = document.getPage(0).getMediaBox();
            return new Rect(0, 0, Rect.toMm(box.getWidth()), Rect.toMm(box.getHeight()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String title() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BufferedImage render(float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Output of a poppler tool run on this PDF, e.g. run("pdftotext", "-raw", IN, "-"). */
    public String run(Path dir, String... command) {
        try {
            Path file = dir.resolve("inspected.pdf");
            Files.write(file, pdf);
            List<String> args = new ArrayList<>();
            for (String part : command) {
                args.add(part.equals(IN) ? file.toString() : part);
            }
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static final String IN = "<pdf>";

    public static String compact(String text) {
        return text.replaceAll("(?U)\\s+", "");
    }

    /** One glyph: its text, its ink box and its baseline, in millimetres. */
    public record Glyph(String text, Rect box, double baseline) {
    }

    /** An image and where it is drawn; {@code hasSoftMask} tells whether it keeps its transparency. */
    public record DrawnImage(Rect rect, int pixelWidth, int pixelHeight, boolean hasSoftMask, String suffix) {
    }

    private static final class ImageCollector extends PDFGraphicsStreamEngine {
        private final List<DrawnImage> images = new ArrayList<>();
        private final double pageHeight;

        ImageCollector(PDPage page) {
            super(page);
            pageHeight = page.getMediaBox().getHeight();
        }

        @Override
        public void drawImage(PDImage pdImage) throws IOException {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            double x = ctm.getTranslateX();
            double top = pageHeight - (ctm.getTranslateY() + ctm.getScaleY());
            boolean mask = pdImage instanceof PDImageXObject xo && xo.getSoftMask() != null;
            images.add(new DrawnImage(new Rect(Rect.toMm(x), Rect.toMm(top), Rect.toMm(ctm.getScaleX()),
                    Rect.toMm(ctm.getScaleY())), pdImage.getWidth(), pdImage.getHeight(), mask, pdImage.getSuffix()));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
