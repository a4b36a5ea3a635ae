package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.crypt.DecryptionProblem;
import cn.bizhao.packaging.zip.ZipRefusal;

/** The findings for refusals of the lower layers, which know nothing of reports. */
final class FindingCodes {
    private FindingCodes() {
    }

    static FindingCode of(ZipRefusal refusal) {
        return switch (refusal) {
            case MALFORMED -> FindingCode.NOT_A_PACKAGE;
            case PATH_ESCAPES -> FindingCode.ZIP_PATH_ESCAPES;
            case ABSOLUTE_PATH -> FindingCode.ZIP_ABSOLUTE_PATH;
            case ILLEGAL_NAME -> FindingCode.ZIP_ILLEGAL_NAME;
            case NON_UTF8_NAME -> FindingCode.ZIP_NON_UTF8_NAME;
            case DUPLICATE_NAME -> FindingCode.ZIP_DUPLICATE_NAME;
            case LINK -> FindingCode.ZIP_LINK;
            case TOO_LARGE -> FindingCode.ZIP_TOO_LARGE;
            case COMPRESSION_RATIO -> FindingCode.ZIP_BOMB;
        };
    }

    static FindingCode of(DecryptionProblem problem) {
        return switch (problem) {
            case NO_KEY -> FindingCode.ENCRYPTED_NO_KEY;
            case NOT_FOR_THIS_STATION -> FindingCode.NOT_FOR_THIS_STATION;
            case WRONG_KEY, MALFORMED -> FindingCode.DECRYPTION_FAILED;
        };
    }
}
