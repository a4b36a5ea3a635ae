package cn.bizhao.packaging.sign;

/** Why the registration form's signature does not hold. */
public enum PdfProblem {
    UNREADABLE, NOT_SIGNED, NOT_PADES, CHANGED_AFTER_SIGNING, SIGNATURE_MISMATCH
}
