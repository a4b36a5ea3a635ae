package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 港澳台居民居住证: an 18-character GB 11643 number whose address code is 810000 (Hong Kong),
 * 820000 (Macao) or 830000 (Taiwan). Birth date and gender are derived as for the resident ID.
 */
public final class ResidencePermitValidator implements DocumentNumberValidator {
    private static final IdDocumentType TYPE = IdDocumentType.HMT_RESIDENCE_PERMIT;
    private static final Set<String> PREFIXES = Set.of("810000", "820000", "830000");

    private final Clock clock;

    public ResidencePermitValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    static boolean hasPermitPrefix(String number) {
        return number.length() >= 6 && PREFIXES.contains(number.substring(0, 6));
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
        return Gb11643.checkShape(TYPE, number)
                .flatMap(n -> hasPermitPrefix(n) ? Validation.valid(n)
                        : Validation.<String>invalid("validation.residencePermit.prefix"))
                .flatMap(n -> Gb11643.checkContent(TYPE, n, LocalDate.now(clock)))
                .map(c -> new IdNumber(TYPE, c.number(), Optional.of(c.birthDate()), Optional.of(c.gender())));
    }
}
