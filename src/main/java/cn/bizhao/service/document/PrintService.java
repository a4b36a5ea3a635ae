package cn.bizhao.service.document;

import cn.bizhao.documents.preview.PagePreview;
import cn.bizhao.documents.print.DocumentPrinter;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.audit.AuditTrail;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Preview, printing and saving of a produced document. The preview is rendered from the PDF that
 * prints, so what the clerk sees is what comes out; every print is recorded in the audit trail.
 */
public final class PrintService {
    public static final int MAX_COPIES = DocumentPrinter.MAX_COPIES;

    private final AuditTrail audit;
    private final DocumentPrinter printer;
    private final PagePreview preview = new PagePreview();

    public PrintService(AuditTrail audit, DocumentPrinter printer) {
        this.audit = audit;
        this.printer = printer;
    }

    public int pageCount(byte[] pdf) {
        return preview.pageCount(pdf);
    }

    /** Page {@code index} (from 0) at {@code dpi}. */
    public BufferedImage page(byte[] pdf, int index, float dpi) {
        return preview.render(pdf, index, dpi);
    }

    public List<String> printers() {
        return printer.printerNames();
    }

    public Optional<String> defaultPrinter() {
        return printer.defaultPrinterName();
    }

    /** Prints and records who printed which document of which application, where and how many times. */
    public void print(User user, PrintableDocument document, String printerName, int copies) {
        if (printerName == null || printerName.isBlank()) {
            throw new DomainException("document.error.noPrinter");
        }
        printer.print(document.pdf(), printerName, copies, document.name());
        audit.record(user.login(), AuditAction.DOCUMENT_PRINTED, document.applicationId(),
                document.name() + " x" + copies + " @ " + printerName);
    }

    /** Writes the PDF to the file chosen, whole or not at all. */
    public void save(PrintableDocument document, Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Path partial = Files.createTempFile(folder, ".bizhao-", ".part");
            try {
                Files.write(partial, document.pdf());
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new DomainException("document.error.saveFailed", file.toString());
        }
    }
}
