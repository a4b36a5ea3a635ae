package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The 18-character structure of GB 11643 (6-character prefix, 8-digit birth date, 3-digit sequence,
 * MOD 11-2 check character), shared by the resident ID, the Hong Kong/Macao/Taiwan residence
 * permits and the 2023 foreigner's permanent residence card. Each document checks its own prefix
 * between {@link #checkShape} and {@link #checkContent}, so that a wrong prefix is reported before
 * a check character computed from it.
 */
final class Gb11643 {
    static final int LENGTH = 18;
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

    /** What the number says about its holder. */
    record Content(String number, LocalDate birthDate, Gender gender) {
    }

    private Gb11643() {
    }

    /** Length and characters of a number already in {@link NumberText#canonical} form. */
    static Validation<String> checkShape(IdDocumentType type, String number) {
        if (number.length() != LENGTH) {
            return Validation.invalid("validation.id18.length", type, number.length());
        }
        if (!SHAPE.matcher(number).matches()) {
            return Validation.invalid("validation.id18.characters", type);
        }
        return Validation.valid(number);
    }

    /**
     * The birth date first: a mistyped date digit also breaks the check character, and "this is not
     * a date" points the clerk at the right digits, where "wrong check character" would not.
     */
    static Validation<Content> checkContent(IdDocumentType type, String number, LocalDate today) {
        return BirthDates.check(number.substring(6, 14), today).flatMap(birthDate -> {
            char expected = Checksums.mod11_2(number.substring(0, 17));
            if (number.charAt(17) != expected) {
                return Validation.invalid("validation.id18.checkCharacter", type, String.valueOf(expected));
            }
            Gender gender = (number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
            return Validation.valid(new Content(number, birthDate, gender));
        });
    }
}
