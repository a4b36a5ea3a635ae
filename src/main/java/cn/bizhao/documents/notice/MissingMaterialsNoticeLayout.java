package cn.bizhao.documents.notice;

import cn.bizhao.documents.pdf.Align;
import cn.bizhao.documents.pdf.DocumentText;
import cn.bizhao.documents.pdf.GridBuilder;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Paragraph;
import cn.bizhao.documents.pdf.Spacer;
import cn.bizhao.documents.pdf.VAlign;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.notice.MissingMaterialsNotice;
import cn.bizhao.i18n.Messages;
import java.util.List;

/**
 * 补正材料一次性告知书 on one A4 page: every missing material at once, each with why it is needed and
 * what to bring, where to bring it, the institution's seal line, and a box where the applicant
 * signs and dates receipt of the notice (Administrative Licensing Law art. 32 practice).
 */
public final class MissingMaterialsNoticeLayout {
    public static final double LEFT = 20;
    public static final double WIDTH = 170;
    /** Six kinds of material exist; a row each fits the page with room to spare. */
    public static final double ITEM_ROW = 19;
    private static final double TOP = 20;
    private static final float TITLE_SIZE = 18f;
    private static final float TEXT = GridBuilder.TEXT_SIZE;
    private static final double INDEX = 14;
    private static final double MATERIAL = 40;
    private static final double REASON = 50;

    private final Messages text;

    public MissingMaterialsNoticeLayout(Messages text) {
        this.text = text;
    }

    public PageLayout layout(MissingMaterialsNotice notice) {
        GridBuilder grid = new GridBuilder(LEFT, TOP);
        grid.free("notice.title", WIDTH, 13, VAlign.MIDDLE,
                Paragraph.hei(t("document.notice.title"), TITLE_SIZE, Align.CENTER));
        grid.gap(5);
        grid.free("notice.salutation", WIDTH, 8, VAlign.MIDDLE, Paragraph.song(
                text.get("document.notice.salutation", DocumentText.clean(notice.applicant().name())), 12f, Align.LEFT));
        grid.free("notice.intro", WIDTH, 14, VAlign.TOP, Paragraph.body(t("document.notice.intro"), TEXT));
        items(grid, notice.missing());
        grid.gap(3);
        grid.free("notice.where", WIDTH, 16, VAlign.TOP,
                Paragraph.body(text.get("document.notice.where", notice.institution()), TEXT));
        grid.free("notice.issuer", WIDTH, 18, VAlign.TOP, Spacer.of(1),
                Paragraph.at(DocumentText.SIGNATURE_AT, text.get("document.notice.issuer", notice.institution()), TEXT),
                Paragraph.at(DocumentText.DATE_AT, DocumentText.date(text, notice.date()), TEXT));
        grid.gap(8);
        grid.row(28).label("notice.receipt.label", 30, t("document.notice.receiptLabel"))
                .cell("notice.receipt", WIDTH - 30, VAlign.TOP, Paragraph.body(t("document.notice.receipt"), TEXT),
                        Spacer.of(1), Paragraph.at(0, t("document.notice.signature"), TEXT),
                        Paragraph.at(DocumentText.SIGNATURE_AT, t("document.notice.signatureDate"), TEXT))
                .end();
        return new PageLayout(t("document.notice.title"), grid.cells(), List.of());
    }

    private void items(GridBuilder grid, List<MaterialKind> missing) {
        double requirement = WIDTH - INDEX - MATERIAL - REASON;
        grid.row(10).label("notice.column.index", INDEX, t("document.notice.column.index"))
                .label("notice.column.material", MATERIAL, t("document.notice.column.material"))
                .label("notice.column.reason", REASON, t("document.notice.column.reason"))
                .label("notice.column.requirement", requirement, t("document.notice.column.requirement")).end();
        for (int i = 0; i < missing.size(); i++) {
            MaterialKind kind = missing.get(i);
            String row = "notice.item." + (i + 1);
            grid.row(ITEM_ROW).label(row + ".index", INDEX, Integer.toString(i + 1))
                    .value(row + ".material", MATERIAL, text.of(kind))
                    .value(row + ".reason", REASON, t("document.notice.reason." + kind.name()))
                    .value(row + ".requirement", requirement, t("document.notice.requirement." + kind.name())).end();
        }
    }

    private String t(String key) {
        return text.get(key);
    }
}
