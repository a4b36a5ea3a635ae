package cn.bizhao.documents.receipt;

import cn.bizhao.documents.pdf.PdfComposer;
import cn.bizhao.domain.receipt.AcceptanceReceipt;
import cn.bizhao.i18n.Messages;

/** 受理回执 as PDF, in the official Chinese. */
public final class AcceptanceReceiptDocument {
    private final PdfComposer composer;
    private final AcceptanceReceiptLayout layout = new AcceptanceReceiptLayout(Messages.chinese());

    public AcceptanceReceiptDocument() {
        this(new PdfComposer());
    }

    public AcceptanceReceiptDocument(PdfComposer composer) {
        this.composer = composer;
    }

    public byte[] render(AcceptanceReceipt receipt) {
        return composer.compose(layout.layout(receipt));
    }
}
