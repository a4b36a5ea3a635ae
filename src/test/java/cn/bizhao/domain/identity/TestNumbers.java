package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.Gender;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Valid, made-up numbers for tests, built with the published algorithms. The check characters are
 * computed here from the standards' definitions (weights as powers: 2^(17-i) mod 11 for GB 11643,
 * 3^i mod 31 for GB 32100), not with {@link Checksums}' tables, so that each side checks the other.
 * Random but seeded: a failing test fails the same way every run. No real person's number is used.
 */
public final class TestNumbers {
    /** A few Guangxi address codes, current and retired (4521xx: the former 南宁地区). */
    static final List<String> GUANGXI_ADDRESSES = List.of("450102", "450203", "450305", "451002", "452122", "452701");
    /** The tests' today: 2025-06-15 at the counter in Nanning. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final String ID_ALPHABET = "0123456789X";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final Random random;

    TestNumbers(long seed) {
        random = new Random(seed);
    }

    public static TestNumbers seeded() {
        return new TestNumbers(20241024L);
    }

    /** A resident ID (or any GB 11643 number) with the given prefix, birth date and gender. */
    String gb11643(String prefix6, LocalDate birth, Gender gender) {
        int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String body = prefix6 + birth.format(YYYYMMDD) + String.format("%03d", sequence);
        return body + mod11_2(body);
    }

    String residentId(LocalDate birth, Gender gender) {
        return gb11643(GUANGXI_ADDRESSES.get(random.nextInt(GUANGXI_ADDRESSES.size())), birth, gender);
    }

    public String residentId() {
        return residentId(birthDate(), random.nextBoolean() ? Gender.MALE : Gender.FEMALE);
    }

    /** A resident ID whose check character is X, for the upper/lower-case tests. */
    String residentIdEndingInX() {
        String number;
        do {
            number = residentId();
        } while (number.charAt(17) != 'X');
        return number;
    }

    String residencePermit(String prefix6, LocalDate birth, Gender gender) {
        return gb11643(prefix6, birth, gender);
    }

    /** 2023 card: 9, 2-digit office, 3-digit nationality, birth date, 3-digit sequence, check. */
    String foreignPermanent2023(LocalDate birth) {
        String body = "945" + String.format("%03d", 1 + random.nextInt(899)) + birth.format(YYYYMMDD)
                + String.format("%03d", random.nextInt(1000));
        return body + mod11_2(body);
    }

    String foreignPermanent2017() {
        return letters(3) + digits(12);
    }

    String hkMacaoPermit(char region, int digits) {
        return region + digits(digits);
    }

    String taiwanPermit() {
        return digits(8);
    }

    public String passport() {
        return letters(1) + digits(8);
    }

    public String creditCode(String area6) {
        StringBuilder body = new StringBuilder("91").append(area6);
        for (int i = 0; i < 9; i++) {
            body.append(CREDIT_ALPHABET.charAt(random.nextInt(10)));
        }
        return body.toString() + gb32100(body.toString());
    }

    public String mobile() {
        return "1" + (3 + random.nextInt(7)) + digits(9);
    }

    /** The same number with a different, wrong check character. */
    static String withWrongCheck(String number, String alphabet) {
        char right = number.charAt(number.length() - 1);
        char wrong = alphabet.charAt((alphabet.indexOf(right) + 1) % alphabet.length());
        return number.substring(0, number.length() - 1) + wrong;
    }

    /** 17 digits (possibly with an impossible date) completed with their right check character. */
    static String withCheck(String body17) {
        return body17 + mod11_2(body17);
    }

    /** The full-width form a Chinese input method types: U+FF01.. for ASCII '!'..'~'. */
    static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            s.append(c > ' ' && c <= '~' ? (char) (c - '!' + 0xFF01) : c);
        }
        return s.toString();
    }

    static char mod11_2(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = 1;
            for (int k = 0; k < 17 - i; k++) {
                weight = weight * 2 % 11;
            }
            sum += (body17.charAt(i) - '0') * weight;
        }
        int value = (12 - sum % 11) % 11; // the value v with sum + v = 1 (mod 11)
        return value == 10 ? 'X' : (char) ('0' + value);
    }

    static char gb32100(String body17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(body17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private LocalDate birthDate() {
        return LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
    }

    private String digits(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private String letters(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }
}
