package cn.bizhao.documents.register;

import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.PdfComposer;
import cn.bizhao.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/** 证书发放登记 as PDF, in the official Chinese: each page composed alone, then joined. */
public final class CertificateRegisterDocument {
    private final PdfComposer composer;
    private final CertificateRegisterLayout layout = new CertificateRegisterLayout(Messages.chinese());

    public CertificateRegisterDocument() {
        this(new PdfComposer());
    }

    public CertificateRegisterDocument(PdfComposer composer) {
        this.composer = composer;
    }

    public byte[] render(CertificateRegister register) {
        List<PageLayout> pages = layout.layout(register);
        try (PDDocument joined = Loader.loadPDF(composer.compose(pages.get(0)))) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (PageLayout page : pages.subList(1, pages.size())) {
                try (PDDocument next = Loader.loadPDF(composer.compose(page))) {
                    merger.appendDocument(joined, next);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            joined.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot join the pages of the certificate register", e);
        }
    }
}
