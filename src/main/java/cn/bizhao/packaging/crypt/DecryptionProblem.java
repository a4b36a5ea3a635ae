package cn.bizhao.packaging.crypt;

/** Why an encrypted package cannot be opened. */
public enum DecryptionProblem {
    /** Encrypted, and no station key was given to open it. */
    NO_KEY,
    /** Not CMS EnvelopedData. */
    MALFORMED,
    /** Encrypted for other recipients: this station's certificate is not among them. */
    NOT_FOR_THIS_STATION,
    /** Addressed to this station, but the key does not open it: another key, or a damaged file. */
    WRONG_KEY
}
