package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.sign.PdfProblem;
import cn.bizhao.packaging.sign.PdfSignatureCheck;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** The registration form's own PAdES signature, made by the same station key as the package's. */
final class FormCheck {
    private static final String PATH = PackageLayout.REGISTRATION_FORM;

    private FormCheck() {
    }

    static void check(BagContents bag, Optional<X509Certificate> packageSigner, ReportBuilder report) {
        Optional<byte[]> pdf = bag.bytes(PATH);
        if (pdf.isEmpty()) {
            report.add(FindingCode.PDF_SIGNATURE_MISSING, PATH);
            return;
        }
        PdfSignatureCheck check = PdfSignatureCheck.of(pdf.get());
        check.problem().ifPresent(problem -> report.add(problem == PdfProblem.NOT_SIGNED
                ? FindingCode.PDF_SIGNATURE_MISSING : FindingCode.PDF_SIGNATURE_INVALID, PATH, problem.name()));
        if (check.isValid() && packageSigner.isPresent() && !check.signer().orElseThrow().equals(packageSigner.get())) {
            report.add(FindingCode.PDF_SIGNER_DIFFERS, PATH, check.signer().get().getSubjectX500Principal().getName());
        }
    }
}
