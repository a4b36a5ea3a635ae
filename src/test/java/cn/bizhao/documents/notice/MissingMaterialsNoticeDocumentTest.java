package cn.bizhao.documents.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.documents.PdfInspection;
import cn.bizhao.documents.Samples;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.notice.MissingMaterialsNotice;
import cn.bizhao.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MissingMaterialsNoticeDocumentTest {
    private static final Messages TEXT = Messages.chinese();
    private final MissingMaterialsNotice notice = Samples.notice();
    private final PageLayout layout = new MissingMaterialsNoticeLayout(TEXT).layout(notice);
    private final PdfInspection pdf = new PdfInspection(new MissingMaterialsNoticeDocument().render(notice));

    @Test
    void listsEveryMissingMaterialWithWhyItIsNeededAndWhatToBring() {
        List<MaterialKind> missing = notice.missing();
        for (int i = 0; i < missing.size(); i++) {
            MaterialKind kind = missing.get(i);
            String row = "notice.item." + (i + 1);
            assertThat(pdf.compactTextOfCell(layout, row + ".index")).isEqualTo(Integer.toString(i + 1));
            assertThat(pdf.compactTextOfCell(layout, row + ".material")).isEqualTo(PdfInspection.compact(TEXT.of(kind)));
            assertThat(pdf.compactTextOfCell(layout, row + ".reason"))
                    .isEqualTo(PdfInspection.compact(TEXT.get("document.notice.reason." + kind.name())));
            assertThat(pdf.compactTextOfCell(layout, row + ".requirement"))
                    .isEqualTo(PdfInspection.compact(TEXT.get("document.notice.requirement." + kind.name())));
        }
    }

    @Test
    void listsNothingThatIsNotMissing() {
        String text = pdf.compactText();

        assertThat(Arrays.stream(MaterialKind.values()).filter(k -> !notice.missing().contains(k)))
                .allSatisfy(k -> assertThat(text).doesNotContain(
                        PdfInspection.compact(TEXT.get("document.notice.requirement." + k.name()))));
    }

    @Test
    void tellsWhereAndHowToSupplyAndWhoIssuedIt() {
        assertThat(pdf.compactTextOfCell(layout, "notice.where"))
                .isEqualTo(PdfInspection.compact(TEXT.get("document.notice.where", notice.institution())));
        assertThat(pdf.compactTextOfCell(layout, "notice.issuer"))
                .isEqualTo(PdfInspection.compact(TEXT.get("document.notice.issuer", notice.institution())) + "2025\u5e743\u67085\u65e5");
        assertThat(pdf.compactTextOfCell(layout, "notice.salutation")).startsWith(notice.applicant().name());
    }

    @Test
    void leavesALineForTheApplicantToSignAndDateReceipt() {
        assertThat(pdf.compactTextOfCell(layout, "notice.receipt"))
                .contains(TEXT.get("document.notice.receipt"))
                .contains(TEXT.get("document.notice.signature"))
                .contains(PdfInspection.compact(TEXT.get("document.notice.signatureDate")));
    }

    @Test
    void allSixMaterialsFitOnOnePage() {
        MissingMaterialsNotice all = new MissingMaterialsNotice(notice.institution(), notice.applicant(), notice.date(),
                List.of(MaterialKind.values()));

        assertThat(new PdfInspection(new MissingMaterialsNoticeDocument().render(all)).pageCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(MaterialKind.class)
    void everyMaterialKindHasAReasonAndARequirementInBothLanguages(MaterialKind kind) {
        for (Messages messages : List.of(Messages.chinese(), Messages.of(java.util.Locale.ENGLISH))) {
            assertThat(messages.get("document.notice.reason." + kind.name())).isNotBlank();
            assertThat(messages.get("document.notice.requirement." + kind.name())).isNotBlank();
        }
    }
}
