package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 居民身份证: the 18-character citizen number of GB 11643. Birth date and gender are derived.
 *
 * <p>Only the province part of the address code is checked against a list: address codes are
 * retired and renumbered over the years (Guangxi's old prefecture codes 4521-4528 are still on
 * valid cards), so a full table would refuse real people. For the same reason the city is never
 * derived from the number.
 */
public final class ResidentIdValidator implements DocumentNumberValidator {
    private static final IdDocumentType TYPE = IdDocumentType.RESIDENT_ID;

    /** GB/T 2260 provinces, plus Taiwan 71, Hong Kong 81, Macao 82 and the 83 of Taiwan residents. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    private static final Set<String> MAINLAND_OUTSIDE = Set.of("71", "81", "82", "83");

    /** The first-generation card's number: 6-digit address, 6-digit birth date, 3-digit sequence. */
    private static final Pattern LEGACY_15 = Pattern.compile("\\d{15}");

    private final Clock clock;

    /** @param clock gives today's date, in the counter's zone (Asia/Shanghai), for "not in the future" */
    public ResidentIdValidator(Clock clock) {
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
        if (LEGACY_15.matcher(number).matches()) {
            return Validation.invalid("validation.residentId.legacy15");
        }
        return Gb11643.checkShape(TYPE, number)
                .flatMap(ResidentIdValidator::checkAddressCode)
                .flatMap(n -> Gb11643.checkContent(TYPE, n, LocalDate.now(clock)))
                .map(c -> new IdNumber(TYPE, c.number(), Optional.of(c.birthDate()), Optional.of(c.gender())));
    }

    private static Validation<String> checkAddressCode(String number) {
        // Numbers that belong to other documents get a hint to change the document type rather
        // than a bare "wrong address code": at the counter that is the usual mistake.
        if (ResidencePermitValidator.hasPermitPrefix(number)) {
            return Validation.invalid("validation.id.otherType", IdDocumentType.HMT_RESIDENCE_PERMIT);
        }
        if (number.charAt(0) == ForeignPermanentResidenceIdValidator.FOREIGNER_MARK) {
            return Validation.invalid("validation.id.otherType", IdDocumentType.FOREIGN_PERMANENT_RESIDENCE_ID);
        }
        String province = number.substring(0, 2);
        if (!PROVINCES.contains(province)) {
            return Validation.invalid("validation.residentId.province", province);
        }
        // Below a mainland province every GB/T 2260 code has a non-zero prefecture part (direct-
        // administered counties use 90), so "NN00xx" names no place a person can be registered in.
        if (!MAINLAND_OUTSIDE.contains(province) && number.startsWith("00", 2)) {
            return Validation.invalid("validation.residentId.addressCode", number.substring(0, 6));
        }
        return Validation.valid(number);
    }
}
