package cn.bizhao.packaging.verify;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects what the checks find, in the order they find it. */
final class ReportBuilder {
    private final String packageFile;
    private final List<Finding> findings = new ArrayList<>();
    private String acceptanceNo;
    private String packageType;
    private SignerSummary signer;
    private Instant signingTime;

    ReportBuilder(String packageFile) {
        this.packageFile = packageFile;
    }

    void add(FindingCode code, String path, String detail) {
        findings.add(new Finding(code, path, detail));
    }

    void add(FindingCode code, String path) {
        add(code, path, "");
    }

    void acceptanceNo(String value) {
        acceptanceNo = value;
    }

    void packageType(String value) {
        packageType = value;
    }

    String packageType() {
        return packageType;
    }

    void signer(X509Certificate certificate) {
        signer = SignerSummary.of(certificate);
    }

    void signingTime(Instant value) {
        signingTime = value;
    }

    VerificationReport build() {
        return new VerificationReport(packageFile, acceptanceNo, packageType, signer, signingTime, findings);
    }
}
