package cn.bizhao.domain.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The birth date inside a number: a real calendar date, not in the future, not before 1900. */
final class BirthDates {
    /** STRICT with 'uuuu' refuses 0231 and 0229 of a common year instead of moving them to month end. */
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private BirthDates() {
    }

    static Validation<LocalDate> check(String yyyymmdd, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(yyyymmdd, YYYYMMDD);
        } catch (DateTimeParseException e) {
            return Validation.invalid("validation.birthDate.invalid", yyyymmdd);
        }
        if (date.isAfter(today)) {
            return Validation.invalid("validation.birthDate.future", yyyymmdd);
        }
        if (date.isBefore(EARLIEST)) {
            return Validation.invalid("validation.birthDate.tooEarly", yyyymmdd);
        }
        return Validation.valid(date);
    }
}
