package cn.bizhao.service.demo;

import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.identity.Checksums;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Valid numbers for the demo's fictional people and employers, made with the standards' check
 * characters rather than copied from anywhere, so no real person's number is ever shipped. Seeded:
 * every demo station shows the same numbers, which makes screenshots and instructions repeatable.
 */
final class DemoNumbers {
    /** GB 11714 weights of the organisation code inside a credit code (positions 9-17). */
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final Random random = new Random(4_500_000L);

    /**
     * The number of an identity document of the given type. Only the resident ID needs the
     * address code, birth date and gender, which it encodes.
     */
    String document(IdDocumentType type, String area, LocalDate birth, Gender gender) {
        return switch (type) {
            case RESIDENT_ID -> residentId(area, birth, gender);
            case PASSPORT -> letter() + digits(7);
            case HK_MACAO_TRAVEL_PERMIT -> "H" + digits(8);
            case TAIWAN_TRAVEL_PERMIT -> digits(8);
            default -> throw new IllegalArgumentException("the demo has no " + type);
        };
    }

    /** GB 11643: address, birth date, a sequence that is odd for men, and the MOD 11-2 check. */
    String residentId(String area, LocalDate birth, Gender gender) {
        int sequence = 100 + random.nextInt(400) * 2 + (gender == Gender.MALE ? 1 : 0);
        String body = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
        return body + Checksums.mod11_2(body);
    }

    /**
     * GB 32100 for an enterprise (91) registered in the area: the embedded organisation code gets
     * its own GB 11714 check too, so the code is valid by both standards, not just the last one.
     */
    String creditCode(String area) {
        String organisation = digits(8);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (organisation.charAt(i) - '0') * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        String body = "91" + area + organisation + (check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        return body + Checksums.gb32100(body);
    }

    String mobile() {
        return "1" + "35789".charAt(random.nextInt(5)) + digits(9);
    }

    private char letter() {
        return (char) ('A' + random.nextInt(26));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
