package cn.bizhao.domain.review;

import cn.bizhao.domain.application.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The verification of the overseas certificate: how, when, the result, and the evidence pages
 * (a register printout, the reply letter) kept like material pages.
 */
public record CertificateVerification(VerificationMethod method, LocalDate checkedOn, VerificationResult result,
                                      String note, List<Page> evidence, String reviewer, Instant recordedAt) {
    public CertificateVerification {
        note = note == null ? "" : note.strip();
        evidence = List.copyOf(evidence);
    }
}
