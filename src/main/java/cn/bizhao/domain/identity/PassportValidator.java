package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;
import java.util.regex.Pattern;

/**
 * 护照: every country numbers its passports its own way and the number alone carries no check
 * character (the ICAO check digits live in the machine-readable zone), so only the common form is
 * checked: Latin letters and digits, 5 to 17 of them.
 */
public final class PassportValidator implements DocumentNumberValidator {
    private static final IdDocumentType TYPE = IdDocumentType.PASSPORT;
    static final int MIN_LENGTH = 5;
    static final int MAX_LENGTH = 17;
    private static final Pattern CHARACTERS = Pattern.compile("[A-Z0-9]+");

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
        if (!CHARACTERS.matcher(number).matches()) {
            return Validation.invalid("validation.passport.characters");
        }
        if (number.length() < MIN_LENGTH || number.length() > MAX_LENGTH) {
            return Validation.invalid("validation.passport.length", number.length());
        }
        return Validation.valid(IdNumber.plain(TYPE, number));
    }
}
