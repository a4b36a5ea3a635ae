package cn.bizhao.packaging.verify;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of verifying one package: what could be read of it, and every problem found.
 * Fields are null when the package did not get far enough to tell them.
 *
 * @param packageFile   the file as given
 * @param acceptanceNo  External-Identifier from bag-info.txt
 * @param packageType   Bizhao-Package-Type, as written
 * @param signer        the certificate inside signature.p7s
 * @param signingTime   the signed signing time
 * @param findings      empty when the package holds
 */
public record VerificationReport(String packageFile, String acceptanceNo, String packageType, SignerSummary signer,
                                 Instant signingTime, List<Finding> findings) {
    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /** True only when every check held: the one answer that lets an import go on. */
    public boolean isValid() {
        return findings.isEmpty();
    }

    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
