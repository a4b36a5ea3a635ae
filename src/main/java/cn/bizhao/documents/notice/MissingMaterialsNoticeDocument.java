package cn.bizhao.documents.notice;

import cn.bizhao.documents.pdf.PdfComposer;
import cn.bizhao.domain.notice.MissingMaterialsNotice;
import cn.bizhao.i18n.Messages;

/** 补正材料一次性告知书 as PDF, in the official Chinese. */
public final class MissingMaterialsNoticeDocument {
    private final PdfComposer composer;
    private final MissingMaterialsNoticeLayout layout = new MissingMaterialsNoticeLayout(Messages.chinese());

    public MissingMaterialsNoticeDocument() {
        this(new PdfComposer());
    }

    public MissingMaterialsNoticeDocument(PdfComposer composer) {
        this.composer = composer;
    }

    public byte[] render(MissingMaterialsNotice notice) {
        return composer.compose(layout.layout(notice));
    }
}
