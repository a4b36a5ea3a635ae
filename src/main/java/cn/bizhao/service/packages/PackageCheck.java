package cn.bizhao.service.packages;

import cn.bizhao.packaging.verify.Finding;
import cn.bizhao.packaging.verify.VerificationReport;
import cn.bizhao.security.signing.CertificateFingerprint;
import java.time.Instant;
import java.util.List;

/** What verifying one package found, as the screens and the command line show it. */
public final class PackageCheck {
    private final VerificationReport report;
    private final List<PackageProblem> problems;

    PackageCheck(VerificationReport report) {
        this.report = report;
        this.problems = report.findings().stream().map(PackageCheck::problem).toList();
    }

    private static PackageProblem problem(Finding f) {
        return new PackageProblem(f.code().name(), f.path(), f.detail(), f.messageKey());
    }

    VerificationReport report() {
        return report;
    }

    /** True only when every check held. */
    public boolean valid() {
        return report.isValid();
    }

    public String file() {
        return report.packageFile();
    }

    /** 受理编号, null when the package could not be read that far. */
    public String acceptanceNo() {
        return report.acceptanceNo();
    }

    /** Bizhao-Package-Type as written (submission, review, review-result), or null. */
    public String packageType() {
        return report.packageType();
    }

    public String signerSubject() {
        return report.signer() == null ? null : report.signer().subject();
    }

    /** The signer's SHA-256 fingerprint (hex), or null. */
    public String signerFingerprint() {
        return report.signer() == null ? null : report.signer().sha256Fingerprint();
    }

    /** The signer's fingerprint in groups of four, as it is read out on the phone; null when unknown. */
    public String signerFingerprintForReading() {
        return report.signer() == null ? null : new CertificateFingerprint(report.signer().sha256Fingerprint()).forReading();
    }

    public Instant signingTime() {
        return report.signingTime();
    }

    public List<PackageProblem> problems() {
        return problems;
    }
}
