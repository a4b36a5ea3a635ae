package cn.bizhao.service.packages;

/**
 * Why a trusted certificate cannot be an encryption recipient (package format 1, section 7);
 * shown via {@code recipientRefusal.<NAME>}.
 */
public enum RecipientRefusal {
    /** Format 1 envelopes only for RSA and P-256 keys; SM2 has no envelope in it. */
    SM2_KEY,
    /** Neither RSA nor elliptic-curve: nothing to send the content key to. */
    UNSUPPORTED_KEY,
    /** Past its end date: its station has, or should have, a new key by now. */
    EXPIRED
}
