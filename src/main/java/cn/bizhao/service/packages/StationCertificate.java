package cn.bizhao.service.packages;

import java.time.Instant;
import java.util.Optional;

/**
 * A certificate as the administrator sees it: whose it is, and the fingerprint to read out on
 * the phone before anyone trusts it.
 *
 * @param fingerprint SHA-256 of the certificate in groups of four upper-case hex digits
 * @param current     true for the station's own certificate that signs from now on
 * @param algorithm   the algorithm the certificate is signed with, empty when it is none the station offers
 */
public record StationCertificate(String subject, String fingerprint, Instant notBefore, Instant notAfter,
                                 boolean current, Optional<KeyAlgorithm> algorithm) {
}
