package cn.bizhao.domain.identity;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** 从事现职业工作年限: whole years, 0 to 60 (a working life; more is a typing slip). */
public final class YearsOfWork {
    public static final int MIN = 0;
    public static final int MAX = 60;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    private YearsOfWork() {
    }

    public static Validation<Integer> validate(String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return Validation.invalid("validation.years.blank");
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            return Validation.invalid("validation.years.notNumber", text);
        }
        // BigInteger, because a digit held down must give "out of range", not an overflow.
        BigInteger years = new BigInteger(text);
        if (years.compareTo(BigInteger.valueOf(MIN)) < 0 || years.compareTo(BigInteger.valueOf(MAX)) > 0) {
            return Validation.invalid("validation.years.range", MIN, MAX, text);
        }
        return Validation.valid(years.intValueExact());
    }
}
