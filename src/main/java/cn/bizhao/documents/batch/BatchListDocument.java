package cn.bizhao.documents.batch;

import cn.bizhao.documents.pdf.Align;
import cn.bizhao.documents.pdf.DocumentText;
import cn.bizhao.documents.pdf.GridBuilder;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Paragraph;
import cn.bizhao.documents.pdf.PdfComposer;
import cn.bizhao.documents.pdf.VAlign;
import cn.bizhao.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * 报送清单 as PDF: a heading, then one ruled row per package, {@value #ROWS_PER_PAGE} rows to an A4
 * page, in the official Chinese whatever the screen language.
 */
public final class BatchListDocument {
    static final int ROWS_PER_PAGE = 22;
    private static final double LEFT = 15;
    private static final double TOP = 18;
    private static final double ROW = 10;
    private static final float TEXT = 9f;
    private static final double[] WIDTHS = {10, 34, 22, 30, 40, 44};

    private final PdfComposer composer;
    private final Messages text = Messages.chinese();

    public BatchListDocument() {
        this(new PdfComposer());
    }

    public BatchListDocument(PdfComposer composer) {
        this.composer = composer;
    }

    public byte[] render(BatchList list) {
        List<byte[]> pages = new ArrayList<>();
        int pageCount = Math.max(1, (list.rows().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        for (int p = 0; p < pageCount; p++) {
            int from = p * ROWS_PER_PAGE;
            List<BatchList.Row> rows = list.rows().subList(from, Math.min(list.rows().size(), from + ROWS_PER_PAGE));
            pages.add(composer.compose(layout(list, rows, p + 1, pageCount)));
        }
        return pages.size() == 1 ? pages.get(0) : merge(pages);
    }

    PageLayout layout(BatchList list, List<BatchList.Row> rows, int page, int pages) {
        double width = 0;
        for (double w : WIDTHS) {
            width += w;
        }
        GridBuilder grid = new GridBuilder(LEFT, TOP);
        grid.free("batch.title", width, 12, VAlign.MIDDLE,
                Paragraph.hei(text.get("document.batch.title", list.typeName()), 16f, Align.CENTER));
        String when = text.get("document.batch.when", DocumentText.date(text, list.exportedAt().toLocalDate()),
                String.format("%02d:%02d", list.exportedAt().getHour(), list.exportedAt().getMinute()));
        grid.free("batch.header", width, 14, VAlign.MIDDLE,
                Paragraph.song(text.get("document.batch.header", DocumentText.clean(list.institution()),
                        DocumentText.clean(list.station()), when, DocumentText.clean(list.exportedBy()),
                        list.rows().size()), TEXT, Align.LEFT));
        GridBuilder.Row heading = grid.row(ROW);
        String[] captions = {"index", "acceptanceNo", "applicant", "idNumber", "mapped", "file"};
        for (int i = 0; i < captions.length; i++) {
            heading.cell("batch.heading." + captions[i], WIDTHS[i], VAlign.MIDDLE,
                    Paragraph.hei(text.get("document.batch.column." + captions[i]), TEXT, Align.CENTER));
        }
        heading.end();
        for (BatchList.Row row : rows) {
            String[] values = {Integer.toString(row.index()), row.acceptanceNo(), DocumentText.clean(row.applicantName()),
                    row.maskedIdNumber(), row.mapped(), row.fileName()};
            GridBuilder.Row line = grid.row(ROW);
            for (int i = 0; i < values.length; i++) {
                line.cell("batch.row." + row.index() + "." + captions[i], WIDTHS[i], VAlign.MIDDLE,
                        Paragraph.song(values[i], TEXT, i == 0 ? Align.CENTER : Align.LEFT));
            }
            line.end();
        }
        grid.gap(4);
        grid.free("batch.page", width, 8, VAlign.MIDDLE,
                Paragraph.song(text.get("document.batch.page", page, pages), TEXT, Align.RIGHT));
        return new PageLayout(text.get("document.batch.title", list.typeName()), grid.cells(), List.of());
    }

    private static byte[] merge(List<byte[]> pages) {
        try (PDDocument all = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] page : pages) {
                try (PDDocument one = Loader.loadPDF(page)) {
                    merger.appendDocument(all, one);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            all.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the pages of the batch list", e);
        }
    }
}
