package cn.bizhao.packaging.sign;

import cn.bizhao.packaging.StationCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs the registration form as PAdES baseline B-B (ETSI EN 319 142-1): an incremental update
 * with SubFilter ETSI.CAdES.detached whose CMS carries signing-certificate-v2 and no signing-time
 * (the claimed time is the dictionary's /M). Offline stations have no time-stamp authority, so
 * B-T and above are out of reach by design.
 */
public final class PadesSigner {
    /** Room for the CMS: an RSA-3072 certificate and signature need about 2.5 kB; hex doubles it. */
    private static final int SIGNATURE_SPACE = 12_000;

    private PadesSigner() {
    }

    public static byte[] sign(byte[] pdf, StationCredentials credentials, Instant signingTime) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(dictionary(credentials, signingTime), options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
            external.setSignature(CmsSigner.signDetached(external.getContent().readAllBytes(), credentials, null));
            return signed.toByteArray();
        }
    }

    private static PDSignature dictionary(StationCredentials credentials, Instant signingTime) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(credentials.certificate().getSubjectX500Principal().getName());
        signature.setSignDate(GregorianCalendar.from(signingTime.atZone(ZoneOffset.UTC)));
        return signature;
    }
}
