package cn.bizhao.documents.receipt;

import cn.bizhao.documents.pdf.Align;
import cn.bizhao.documents.pdf.DocumentText;
import cn.bizhao.documents.pdf.GridBuilder;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Paragraph;
import cn.bizhao.documents.pdf.QrCode;
import cn.bizhao.documents.pdf.Rect;
import cn.bizhao.documents.pdf.Spacer;
import cn.bizhao.documents.pdf.VAlign;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.receipt.AcceptanceReceipt;
import cn.bizhao.domain.receipt.ReceivedMaterial;
import cn.bizhao.i18n.Messages;
import java.util.List;

/**
 * 受理回执 on one A4 page: who accepted what and when, the acceptance number also as a QR code
 * (scanned at the counter to find the application), and every material received with its pages.
 */
public final class AcceptanceReceiptLayout {
    public static final double LEFT = 20;
    public static final double WIDTH = 170;
    public static final double CAPTION = 35;
    public static final double QR_SIDE = 36;
    private static final double TOP = 20;
    private static final float TITLE_SIZE = 18f;
    private static final float TEXT = GridBuilder.TEXT_SIZE;
    private static final double ROW = 12;
    private static final double MATERIAL_ROW = 9;

    private final Messages text;

    public AcceptanceReceiptLayout(Messages text) {
        this.text = text;
    }

    public PageLayout layout(AcceptanceReceipt receipt) {
        GridBuilder grid = new GridBuilder(LEFT, TOP);
        grid.free("receipt.title", WIDTH, 13, VAlign.MIDDLE,
                Paragraph.hei(t("document.receipt.title"), TITLE_SIZE, Align.CENTER));
        grid.gap(5);
        Rect qr = new Rect(LEFT + WIDTH - QR_SIDE, grid.top(), QR_SIDE, 3 * ROW);
        header(grid, receipt);
        grid.span("receipt.qr", qr, VAlign.MIDDLE);
        application(grid, receipt);
        materials(grid, receipt.materials());
        grid.row(ROW).label("receipt.date.label", CAPTION, t("document.receipt.date"))
                .value("receipt.date", 50, date(receipt))
                .label("receipt.clerk.label", CAPTION, t("document.receipt.clerk"))
                .value("receipt.clerk", WIDTH - 2 * CAPTION - 50, DocumentText.clean(receipt.clerk())).end();
        grid.gap(4);
        grid.free("receipt.statement", WIDTH, 22, VAlign.TOP, Paragraph.body(t("document.receipt.statement"), TEXT));
        grid.free("receipt.seal", WIDTH, 20, VAlign.TOP, Spacer.of(1),
                Paragraph.at(DocumentText.SIGNATURE_AT, t("document.receipt.seal"), TEXT), Paragraph.at(DocumentText.DATE_AT, date(receipt), TEXT));
        return new PageLayout(t("document.receipt.title"), grid.cells(),
                List.of(new QrCode("receipt.qr.code", qr.centered(QR_SIDE - 4, QR_SIDE - 4), receipt.acceptanceNo())));
    }

    private void header(GridBuilder grid, AcceptanceReceipt receipt) {
        double value = WIDTH - CAPTION - QR_SIDE;
        grid.row(ROW).label("receipt.institution.label", CAPTION, t("document.receipt.institution"))
                .value("receipt.institution", value, receipt.institution()).end();
        grid.row(ROW).label("receipt.acceptanceNo.label", CAPTION, t("document.receipt.acceptanceNo"))
                .cell("receipt.acceptanceNo", value, VAlign.MIDDLE, Paragraph.hei(receipt.acceptanceNo(), 12f, Align.LEFT))
                .end();
        grid.row(ROW).label("receipt.applicant.label", CAPTION, t("document.receipt.applicant"))
                .value("receipt.applicant", value, DocumentText.clean(receipt.applicantName())).end();
    }

    private void application(GridBuilder grid, AcceptanceReceipt receipt) {
        String id = receipt.idType() == null ? IdMask.mask(receipt.idNumber())
                : text.get("document.receipt.idDocument.value", receipt.idType(), IdMask.mask(receipt.idNumber()));
        captioned(grid, "receipt.idDocument", id);
        captioned(grid, "receipt.certificate", certificate(receipt.certificate()));
        captioned(grid, "receipt.mapped", DocumentText.mappedOccupationAndLevel(text, receipt.certificate()));
    }

    private void materials(GridBuilder grid, List<ReceivedMaterial> materials) {
        double pages = 30;
        double index = 20;
        grid.row(MATERIAL_ROW).heading("receipt.materials", WIDTH, t("document.receipt.materials")).end();
        grid.row(MATERIAL_ROW).label("receipt.materials.index", index, t("document.receipt.materials.index"))
                .label("receipt.materials.kind", WIDTH - index - pages, t("document.receipt.materials.kind"))
                .label("receipt.materials.pages", pages, t("document.receipt.materials.pages")).end();
        for (int i = 0; i < materials.size(); i++) {
            ReceivedMaterial m = materials.get(i);
            String row = "receipt.material." + (i + 1);
            grid.row(MATERIAL_ROW).label(row + ".index", index, Integer.toString(i + 1))
                    .value(row + ".kind", WIDTH - index - pages, text.of(m.kind()))
                    .label(row + ".pages", pages, text.get("document.receipt.materials.pagesValue", m.pages())).end();
        }
    }

    private void captioned(GridBuilder grid, String id, String value) {
        grid.row(ROW).label(id + ".label", CAPTION, t("document." + id)).value(id, WIDTH - CAPTION, value).end();
    }

    private String certificate(OverseasCertificate certificate) {
        String name = DocumentText.clean(certificate.name());
        String number = DocumentText.clean(certificate.number());
        return number.isEmpty() ? name : text.get("document.receipt.certificate.value", name, number);
    }

    private String date(AcceptanceReceipt receipt) {
        return DocumentText.date(text, receipt.date());
    }

    private String t(String key) {
        return text.get(key);
    }
}
