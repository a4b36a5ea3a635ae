package cn.bizhao.domain.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form of a typed document number, used both by the validators and by the
 * duplicate check, so that two spellings of one number are always the same key.
 */
public final class NumberText {
    private NumberText() {
    }

    /**
     * NFKC turns the full-width digits and letters a Chinese input method produces into ASCII;
     * spaces typed to group digits are dropped; letters are upper-cased (a lower-case x check
     * character, a lower-case passport letter).
     */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
