package cn.bizhao.documents.print;

import cn.bizhao.documents.DocumentException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints produced PDFs on a system printer through the Java print service: A4, portrait, at actual
 * size (so the photo box stays 32 mm × 40 mm on paper), with a number of copies. Every failure
 * becomes a {@link DocumentException} with a message key the UI shows in Chinese.
 */
public final class DocumentPrinter {
    public static final int MAX_COPIES = 99;

    /** The printers installed on this machine, by name, for the UI to offer. */
    public List<String> printerNames() {
        return Arrays.stream(printServices()).map(PrintService::getName).toList();
    }

    public Optional<String> defaultPrinterName() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /** Prints on the installed printer of that name. */
    public void print(byte[] pdf, String printerName, int copies, String jobName) {
        print(pdf, service(printerName), copies, jobName);
    }

    /** Prints on a given print service (a system printer, or a stream service writing a file). */
    public void print(byte[] pdf, PrintService service, int copies, String jobName) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new DocumentException("document.error.invalidCopies", MAX_COPIES);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            job.print(attributes(copies, jobName));
        } catch (PrinterException e) {
            throw new DocumentException(e, "document.error.printFailed", service.getName(), reason(e));
        } catch (IOException e) {
            throw new DocumentException(e, "document.error.unreadable");
        }
    }

    private static PrintRequestAttributeSet attributes(int copies, String jobName) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(copies));
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(OrientationRequested.PORTRAIT);
        attributes.add(new JobName(jobName, null));
        return attributes;
    }

    private static PrintService service(String printerName) {
        PrintService[] services = printServices();
        if (services.length == 0) {
            throw new DocumentException("document.error.noPrinter");
        }
        return Arrays.stream(services).filter(s -> s.getName().equals(printerName)).findFirst()
                .orElseThrow(() -> new DocumentException("document.error.printerNotFound", printerName));
    }

    /** Services that can print what PrinterJob sends them: pageable, formatted by the service. */
    private static PrintService[] printServices() {
        return PrintServiceLookup.lookupPrintServices(DocFlavor.SERVICE_FORMATTED.PAGEABLE, null);
    }

    private static String reason(PrinterException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
