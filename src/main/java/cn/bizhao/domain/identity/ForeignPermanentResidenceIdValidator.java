package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 外国人永久居留身份证. Two forms are in use side by side:
 * <ul>
 * <li>the 2023 card: 18 characters, "9" then the GB 11643 structure (birth date in characters
 * 7-14, MOD 11-2 check character). Its birth date is derived; its gender is not, because no
 * primary source we have says the sequence code's parity means gender on this card;</li>
 * <li>the 2017 card: 15 characters, 3 Latin letters (nationality) and 12 digits. Only this form is
 * checked. A third-party library reads a yymmdd birth date in characters 8-13 and a check digit in
 * character 15, but no primary source confirms it, and refusing a real card at the counter costs
 * more than letting a typo through to the reviewer, who sees the card.</li>
 * </ul>
 */
public final class ForeignPermanentResidenceIdValidator implements DocumentNumberValidator {
    private static final IdDocumentType TYPE = IdDocumentType.FOREIGN_PERMANENT_RESIDENCE_ID;
    /** The first character of the 2023 card, which sets it apart from citizens' numbers (1-8). */
    static final char FOREIGNER_MARK = '9';
    private static final Pattern FORM_2017 = Pattern.compile("[A-Z]{3}\\d{12}");

    private final Clock clock;

    public ForeignPermanentResidenceIdValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IdDocumentType type() {
        return TYPE;
    }

    @Override
    public Validation<IdNumber> validate(String typed) {
        String number = NumberText.canonical(typed);
        if (number.isEmpty()) {
            return Validation.invalid("validation.id.blank", TYPE);
        }
        if (number.length() == 15) {
            return FORM_2017.matcher(number).matches()
                    ? Validation.valid(IdNumber.plain(TYPE, number))
                    : Validation.invalid("validation.foreignPermanent.form2017");
        }
        if (number.length() == Gb11643.LENGTH) {
            return Gb11643.checkShape(TYPE, number)
                    .flatMap(ForeignPermanentResidenceIdValidator::checkMark)
                    .flatMap(n -> Gb11643.checkContent(TYPE, n, LocalDate.now(clock)))
                    .map(c -> new IdNumber(TYPE, c.number(), Optional.of(c.birthDate()), Optional.empty()));
        }
        return Validation.invalid("validation.foreignPermanent.length", number.length());
    }

    private static Validation<String> checkMark(String number) {
        return number.charAt(0) == FOREIGNER_MARK
                ? Validation.valid(number)
                : Validation.invalid("validation.foreignPermanent.mark2023");
    }
}
