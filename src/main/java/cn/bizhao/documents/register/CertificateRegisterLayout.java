package cn.bizhao.documents.register;

import cn.bizhao.documents.pdf.Align;
import cn.bizhao.documents.pdf.DocumentText;
import cn.bizhao.documents.pdf.GridBuilder;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Paragraph;
import cn.bizhao.documents.pdf.VAlign;
import cn.bizhao.domain.certificate.IssuedCertificate;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The register on A4 pages of {@link #ROWS_PER_PAGE} certificates: a title and the selection on
 * every page, a ruled table, and the page number. Document numbers are masked as in the lists.
 */
public final class CertificateRegisterLayout {
    public static final int ROWS_PER_PAGE = 24;
    private static final double LEFT = 15;
    private static final double TOP = 15;
    private static final double ROW = 9.5;
    private static final float SIZE = 9f;
    private static final double[] WIDTHS = {10, 40, 18, 30, 24, 28, 30};
    private static final String[] COLUMNS = {"index", "number", "holder", "idNumber", "occupation", "level", "issuedOn"};

    private final Messages text;

    public CertificateRegisterLayout(Messages text) {
        this.text = text;
    }

    public List<PageLayout> layout(CertificateRegister register) {
        List<IssuedCertificate> all = register.certificates();
        int pages = Math.max(1, (all.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        List<PageLayout> layouts = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            int first = page * ROWS_PER_PAGE;
            layouts.add(page(register, all.subList(first, Math.min(all.size(), first + ROWS_PER_PAGE)), first, page + 1,
                    pages));
        }
        return layouts;
    }

    private PageLayout page(CertificateRegister register, List<IssuedCertificate> rows, int first, int page, int pages) {
        double width = 0;
        for (double w : WIDTHS) {
            width += w;
        }
        GridBuilder grid = new GridBuilder(LEFT, TOP);
        grid.free("register.title", width, 12, VAlign.MIDDLE,
                Paragraph.hei(text.get("document.register.title"), 16f, Align.CENTER));
        grid.free("register.institution", width, 7, VAlign.MIDDLE, Paragraph.song(
                text.get("document.register.institution", DocumentText.clean(register.institution()),
                        DocumentText.date(text, register.printedOn())), SIZE, Align.LEFT));
        grid.free("register.selection", width, 7, VAlign.MIDDLE, Paragraph.song(
                text.get("document.register.selection", DocumentText.clean(register.selection()), register.certificates().size()),
                SIZE, Align.LEFT));
        GridBuilder.Row header = grid.row(ROW);
        for (int c = 0; c < COLUMNS.length; c++) {
            header.cell("register.column." + COLUMNS[c], WIDTHS[c], VAlign.MIDDLE,
                    Paragraph.hei(text.get("document.register.column." + COLUMNS[c]), SIZE, Align.CENTER));
        }
        header.end();
        for (int i = 0; i < rows.size(); i++) {
            IssuedCertificate c = rows.get(i);
            String[] values = {Integer.toString(first + i + 1), c.number(), DocumentText.clean(c.holderName()),
                Masking.maskDocumentNumber(c.idNumber()), DocumentText.clean(c.occupation()), text.of(c.level()),
                DocumentText.date(text, c.issuedOn())};
            GridBuilder.Row row = grid.row(ROW);
            for (int col = 0; col < values.length; col++) {
                row.cell("register.row." + (first + i + 1) + "." + COLUMNS[col], WIDTHS[col], VAlign.MIDDLE,
                        Paragraph.song(values[col], SIZE, col == 0 ? Align.CENTER : Align.LEFT));
            }
            row.end();
        }
        grid.gap(4);
        grid.free("register.page", width, 6, VAlign.MIDDLE,
                Paragraph.song(text.get("document.register.page", page, pages), SIZE, Align.CENTER));
        return new PageLayout(text.get("document.register.title"), grid.cells(), List.of());
    }
}
