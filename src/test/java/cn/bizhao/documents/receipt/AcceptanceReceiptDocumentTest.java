package cn.bizhao.documents.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.documents.PdfInspection;
import cn.bizhao.documents.Samples;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Rect;
import cn.bizhao.domain.receipt.AcceptanceReceipt;
import cn.bizhao.domain.receipt.ReceivedMaterial;
import cn.bizhao.i18n.Messages;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class AcceptanceReceiptDocumentTest {
    private static final Messages TEXT = Messages.chinese();
    private final AcceptanceReceipt receipt = Samples.receipt();
    private final PageLayout layout = new AcceptanceReceiptLayout(TEXT).layout(receipt);
    private final PdfInspection pdf = new PdfInspection(new AcceptanceReceiptDocument().render(receipt));

    @Test
    void namesTheInstitutionTheAcceptanceNumberAndTheApplicant() {
        assertThat(pdf.compactTextOfCell(layout, "receipt.institution")).isEqualTo(receipt.institution());
        assertThat(pdf.compactTextOfCell(layout, "receipt.acceptanceNo")).isEqualTo(receipt.acceptanceNo());
        assertThat(pdf.compactTextOfCell(layout, "receipt.applicant")).isEqualTo(receipt.applicantName());
    }

    @Test
    void qrCodeScansToTheAcceptanceNumber() throws Exception {
        float dpi = 200f;
        BufferedImage page = pdf.render(dpi);
        Rect qr = layout.graphic("receipt.qr.code").orElseThrow().rect().inset(-2, -2);
        BufferedImage crop = page.getSubimage(px(qr.x(), dpi), px(qr.y(), dpi), px(qr.width(), dpi), px(qr.height(), dpi));
        int[] pixels = crop.getRGB(0, 0, crop.getWidth(), crop.getHeight(), null, 0, crop.getWidth());

        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(crop.getWidth(), crop.getHeight(), pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(receipt.acceptanceNo());
    }

    @Test
    void masksTheIdentityNumber() {
        String id = pdf.compactTextOfCell(layout, "receipt.idDocument");

        assertThat(id).startsWith(TEXT.of(receipt.idType())).contains("*").doesNotContain(receipt.idNumber());
    }

    @Test
    void namesTheCertificateAndTheOccupationAndLevelOfTheCatalogue() {
        var entry = receipt.certificate().catalogMapping().entry();

        assertThat(pdf.compactTextOfCell(layout, "receipt.certificate"))
                .contains(PdfInspection.compact(receipt.certificate().name())).contains(receipt.certificate().number());
        assertThat(pdf.compactTextOfCell(layout, "receipt.mapped")).isEqualTo(entry.occupation() + TEXT.of(entry.level()));
    }

    @Test
    void listsEveryMaterialReceivedWithItsPageCount() {
        for (int i = 0; i < receipt.materials().size(); i++) {
            ReceivedMaterial m = receipt.materials().get(i);
            String row = "receipt.material." + (i + 1);
            assertThat(pdf.compactTextOfCell(layout, row + ".index")).isEqualTo(Integer.toString(i + 1));
            assertThat(pdf.compactTextOfCell(layout, row + ".kind")).isEqualTo(PdfInspection.compact(TEXT.of(m.kind())));
            assertThat(pdf.compactTextOfCell(layout, row + ".pages"))
                    .isEqualTo(TEXT.get("document.receipt.materials.pagesValue", m.pages()));
        }
    }

    @Test
    void datesTheReceiptAndNamesTheClerk() {
        assertThat(pdf.compactTextOfCell(layout, "receipt.date")).isEqualTo("2025\u5e743\u67085\u65e5");
        assertThat(pdf.compactTextOfCell(layout, "receipt.clerk")).isEqualTo(receipt.clerk());
        assertThat(pdf.compactTextOfCell(layout, "receipt.seal")).startsWith(TEXT.get("document.receipt.seal"));
    }

    private static int px(double mm, float dpi) {
        return (int) Math.round(mm / 25.4 * dpi);
    }
}
