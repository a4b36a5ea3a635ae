package cn.bizhao.domain.identity;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a mainland phone number as people write it: with or without +86, with spaces, hyphens or
 * brackets between the groups, a landline with an extension after 转, ext, x, # or a last hyphen.
 */
public final class PhoneNumbers {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /**
     * The area code's length is fixed by its first digits, so the split needs no separator:
     * 010 and 02x are 3 digits, every other area code 4. The local number has 7 or 8 digits and
     * cannot start with 0 (that would be another area code). Subscriber numbers start with 2-8,
     * but a leading 1 is let through: the form only needs a number the applicant can be reached
     * at, and the example used on screen and in this project (0771-1234567) must pass.
     */
    private static final Pattern LANDLINE = Pattern.compile("(010|02\\d|0[3-9]\\d{2})([1-9]\\d{6,7})");
    /** 转 (U+8F6C) is how an extension is written in Chinese; it is input syntax, not displayed text. */
    private static final Pattern MARKED_EXTENSION =
            Pattern.compile("(.*?)\\s*(?:\u8F6C|EXT\\.?|X|#)\\s*(\\d{1,6})", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTENSION = Pattern.compile("\\d{1,6}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PhoneNumbers() {
    }

    public static Validation<PhoneNumber> validate(String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return Validation.invalid("validation.phone.blank");
        }
        String main = text;
        String extension = null;
        Matcher marked = MARKED_EXTENSION.matcher(text);
        if (marked.matches()) {
            main = marked.group(1);
            extension = marked.group(2);
        }
        String digits = withoutCountryCode(SEPARATORS.matcher(main).replaceAll(""));
        if (!DIGITS.matcher(digits).matches()) {
            return Validation.invalid("validation.phone.format");
        }
        if (digits.charAt(0) == '1') {
            return extension == null && MOBILE.matcher(digits).matches()
                    ? Validation.valid(new PhoneNumber(PhoneNumber.Kind.MOBILE, digits))
                    : Validation.invalid("validation.phone.mobile", digits, digits.length());
        }
        if (digits.charAt(0) == '0') {
            return landline(main, digits, extension)
                    .<Validation<PhoneNumber>>map(Validation::valid)
                    .orElseGet(() -> Validation.invalid("validation.phone.landline"));
        }
        return Validation.invalid("validation.phone.format");
    }

    /**
     * Drops +86 / 0086, and a bare 86 before a mobile number; from abroad a landline is dialled
     * without its leading 0 (+86 771 ...), which is put back.
     */
    private static String withoutCountryCode(String number) {
        String rest;
        if (number.startsWith("+86")) {
            rest = number.substring(3);
        } else if (number.startsWith("0086")) {
            rest = number.substring(4);
        } else if (number.length() == 13 && number.startsWith("861")) {
            return number.substring(2);
        } else {
            return number;
        }
        return rest.startsWith("1") || rest.startsWith("0") ? rest : "0" + rest;
    }

    private static Optional<PhoneNumber> landline(String main, String digits, String extension) {
        Optional<PhoneNumber> whole = landline(digits, extension);
        int lastHyphen = main.lastIndexOf('-');
        if (whole.isPresent() || extension != null || lastHyphen < 0) {
            return whole;
        }
        // 0771-1234567-801: a last group after a complete number is an extension.
        String tail = main.substring(lastHyphen + 1).strip();
        if (!EXTENSION.matcher(tail).matches()) {
            return Optional.empty();
        }
        return landline(digits.substring(0, digits.length() - tail.length()), tail);
    }

    private static Optional<PhoneNumber> landline(String digits, String extension) {
        Matcher m = LANDLINE.matcher(digits);
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = m.group(1) + "-" + m.group(2) + (extension == null ? "" : "-" + extension);
        return Optional.of(new PhoneNumber(PhoneNumber.Kind.LANDLINE, value));
    }
}
