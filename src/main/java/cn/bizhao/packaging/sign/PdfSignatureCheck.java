package cn.bizhao.packaging.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;

/**
 * Checks the registration form's PAdES signature: present, ETSI.CAdES.detached, covering the
 * whole file (nothing appended after signing), and a valid CMS over the signed byte ranges.
 *
 * @param problem empty when the signature holds
 * @param signer  the certificate inside the signature, when it could be read
 */
public record PdfSignatureCheck(Optional<PdfProblem> problem, Optional<X509Certificate> signer) {

    public static PdfSignatureCheck of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return failed(PdfProblem.NOT_SIGNED);
            }
            return check(signatures.get(signatures.size() - 1), pdf);
        } catch (IOException | RuntimeException e) {
            return failed(PdfProblem.UNREADABLE);
        }
    }

    private static PdfSignatureCheck check(PDSignature signature, byte[] pdf) throws IOException {
        if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
            return failed(PdfProblem.NOT_PADES);
        }
        int[] range = signature.getByteRange();
        if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
            return failed(PdfProblem.CHANGED_AFTER_SIGNING);
        }
        byte[] contents = signature.getContents();
        if (!onlyZerosAfterSignature(contents)) {
            return failed(PdfProblem.SIGNATURE_MISMATCH);
        }
        CmsCheck cms = CmsVerifier.verifyDetached(signature.getSignedContent(pdf), contents);
        return new PdfSignatureCheck(cms.problem().map(p -> PdfProblem.SIGNATURE_MISMATCH), cms.signer());
    }

    /**
     * /Contents is reserved larger than the CMS and padded with zeros. The padding is outside the
     * signature, so a change there would pass unnoticed by the mathematics; it is refused instead.
     */
    private static boolean onlyZerosAfterSignature(byte[] contents) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(contents);
        try (ASN1InputStream asn1 = new ASN1InputStream(in)) {
            if (asn1.readObject() == null) {
                return false;
            }
        }
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static PdfSignatureCheck failed(PdfProblem problem) {
        return new PdfSignatureCheck(Optional.of(problem), Optional.empty());
    }

    public boolean isValid() {
        return problem.isEmpty();
    }
}
