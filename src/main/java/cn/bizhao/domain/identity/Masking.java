package cn.bizhao.domain.identity;

/**
 * Masks document numbers for lists (DESIGN.md section 8): enough is kept for a clerk to tell two
 * people apart and match a card in hand, too little to misuse. Showing a number in full is the
 * caller's business, and audited.
 */
public final class Masking {
    private static final char STAR = '*';

    private Masking() {
    }

    /**
     * {@code 450102199001011234} becomes {@code 4501**********1234}. The kept ends shrink with the
     * length so that at least about half of a short number is always hidden: 12 characters and
     * more keep 4 + 4; 7-11 keep 2 + 2 (passports, permits); 5-6 keep 1 + 2; 3-4 keep 1 + 1;
     * shorter ones are all stars.
     */
    public static String maskDocumentNumber(String number) {
        if (number == null) {
            return "";
        }
        String text = number.strip();
        int length = text.length();
        if (length >= 12) {
            return keep(text, 4, 4);
        }
        if (length >= 7) {
            return keep(text, 2, 2);
        }
        if (length >= 5) {
            return keep(text, 1, 2);
        }
        if (length >= 3) {
            return keep(text, 1, 1);
        }
        return String.valueOf(STAR).repeat(length);
    }

    private static String keep(String text, int head, int tail) {
        int hidden = text.length() - head - tail;
        return text.substring(0, head) + String.valueOf(STAR).repeat(hidden) + text.substring(text.length() - tail);
    }
}
