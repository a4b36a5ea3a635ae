package cn.bizhao.documents.receipt;

/**
 * Masks an identity number on paper that leaves the counter (4501**********1234): enough to
 * recognise it, not enough to misuse a lost receipt.
 */
final class IdMask {
    private IdMask() {
    }

    static String mask(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String n = number.strip();
        int keep = n.length() > 10 ? 4 : Math.max(1, n.length() / 4);
        if (n.length() <= 2 * keep) {
            return n;
        }
        return n.substring(0, keep) + "*".repeat(n.length() - 2 * keep) + n.substring(n.length() - keep);
    }
}
