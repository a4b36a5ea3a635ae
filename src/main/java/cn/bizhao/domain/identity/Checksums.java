package cn.bizhao.domain.identity;

/**
 * The check characters of the national number standards, in one place so that every document
 * that borrows the resident ID's check (residence permits, the 2023 foreigner's card) uses the
 * same code.
 */
public final class Checksums {
    /** ISO 7064 MOD 11-2 weights 2^(17-i) mod 11, as tabulated in GB 11643. */
    private static final int[] MOD11_2_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String MOD11_2_CHECK = "10X98765432";

    /** GB 32100 alphabet: digits and capitals without I, O, Z, S, V, which read like 1, 0, 2, 5, U. */
    public static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Checksums() {
    }

    /** The 18th character of a GB 11643 number (ISO 7064 MOD 11-2) from its first 17 digits. */
    public static char mod11_2(CharSequence first17) {
        requireLength(first17);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at " + i + ": " + first17);
            }
            sum += (c - '0') * MOD11_2_WEIGHTS[i];
        }
        return MOD11_2_CHECK.charAt(sum % 11);
    }

    /** The 18th character of a unified social credit code (GB 32100) from its first 17 characters. */
    public static char gb32100(CharSequence first17) {
        requireLength(first17);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character at " + i + ": " + first17);
            }
            sum += value * CREDIT_CODE_WEIGHTS[i];
        }
        return CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static void requireLength(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters: " + first17);
        }
    }
}
