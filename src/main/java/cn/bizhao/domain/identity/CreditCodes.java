package cn.bizhao.domain.identity;

import java.util.regex.Pattern;

/** Checks the employer's 统一社会信用代码: 18 characters of the GB 32100 alphabet with its check character. */
public final class CreditCodes {
    private static final int LENGTH = 18;
    private static final Pattern AREA = Pattern.compile("\\d{6}");

    private CreditCodes() {
    }

    public static Validation<CreditCode> validate(String typed) {
        String code = NumberText.canonical(typed);
        if (code.isEmpty()) {
            return Validation.invalid("validation.creditCode.blank");
        }
        if (code.length() != LENGTH) {
            return Validation.invalid("validation.creditCode.length", code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (Checksums.CREDIT_CODE_ALPHABET.indexOf(c) < 0) {
                return Validation.invalid("validation.creditCode.character", i + 1, String.valueOf(c));
            }
        }
        if (!AREA.matcher(code.substring(2, 8)).matches()) {
            return Validation.invalid("validation.creditCode.area", code.substring(2, 8));
        }
        char expected = Checksums.gb32100(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Validation.invalid("validation.creditCode.checkCharacter", String.valueOf(expected));
        }
        return Validation.valid(new CreditCode(code));
    }
}
