package cn.bizhao.service.document;

import java.util.Arrays;

/**
 * A produced document ready to preview, print or save.
 *
 * @param name          the document's name: print job name and suggested file name (without .pdf)
 * @param applicationId the application it belongs to, for the audit trail; null for a blank form
 */
public record PrintableDocument(String name, byte[] pdf, Long applicationId) {
    public PrintableDocument {
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrintableDocument that && name.equals(that.name) && Arrays.equals(pdf, that.pdf);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "PrintableDocument[" + name + ", " + pdf.length + " bytes]";
    }
}
