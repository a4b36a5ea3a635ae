package cn.bizhao.packaging.verify;

/**
 * Every problem the verifier can name. The text for each is {@code packaging.finding.<CODE>}
 * in the bundles, with {0} the file concerned and {1} a detail. Codes are stable: scripts
 * reading {@code --format json} depend on them.
 */
public enum FindingCode {
    // the file itself
    NOT_A_PACKAGE, ZIP_PATH_ESCAPES, ZIP_ABSOLUTE_PATH, ZIP_ILLEGAL_NAME, ZIP_NON_UTF8_NAME, ZIP_DUPLICATE_NAME,
    ZIP_LINK, ZIP_TOO_LARGE, ZIP_BOMB, UNREADABLE_ENTRY,
    // encryption
    ENCRYPTED_NO_KEY, NOT_FOR_THIS_STATION, DECRYPTION_FAILED,
    // bag structure
    NOT_ONE_FOLDER, TAG_FILE_MISSING, EXTRA_FILE, BAGIT_DECLARATION_INVALID,
    BAG_INFO_FIELD_MISSING, BAG_INFO_FIELD_INVALID, UNKNOWN_FORMAT_VERSION, PAYLOAD_OXUM_MISMATCH,
    // manifests
    MANIFEST_LINE_INVALID, PAYLOAD_FILE_MISSING, PAYLOAD_FILE_EXTRA, PAYLOAD_FILE_CHANGED,
    TAG_FILE_UNLISTED, TAG_FILE_CHANGED,
    // the package signature
    SIGNATURE_INVALID, SIGNER_NOT_TRUSTED, SIGNER_EXPIRED, SIGNER_NOT_YET_VALID,
    // the registration form's signature
    PDF_SIGNATURE_MISSING, PDF_SIGNATURE_INVALID, PDF_SIGNER_DIFFERS,
    // application.json
    APPLICATION_JSON_INVALID, APPLICATION_JSON_MISMATCH,
    // review.json
    REVIEW_JSON_MISSING, REVIEW_JSON_INVALID, REVIEW_JSON_MISMATCH,
    // decision.json and revocation.json
    DECISION_JSON_MISSING, DECISION_JSON_INVALID, DECISION_JSON_MISMATCH;

    public String messageKey() {
        return "packaging.finding." + name();
    }
}
