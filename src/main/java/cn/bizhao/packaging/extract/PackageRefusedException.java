package cn.bizhao.packaging.extract;

import cn.bizhao.domain.DomainException;
import cn.bizhao.packaging.verify.VerificationReport;

/** A package that failed verification and was not imported; the report says why, finding by finding. */
public final class PackageRefusedException extends DomainException {
    private final transient VerificationReport report;

    public PackageRefusedException(VerificationReport report) {
        super("packaging.import.refused", report.packageFile(), report.findings().size());
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
