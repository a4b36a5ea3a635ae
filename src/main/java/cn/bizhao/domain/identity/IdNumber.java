package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document number that passed its validator.
 *
 * @param type      the document it belongs to
 * @param value     its normal form (see {@link NumberText#canonical}), the form stored and compared
 * @param birthDate the birth date written in the number, where the document's numbering has one
 * @param gender    the gender written in the number (odd sequence code male), where it has one
 */
public record IdNumber(IdDocumentType type, String value, Optional<LocalDate> birthDate, Optional<Gender> gender) {
    public IdNumber {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
    }

    /** A number whose numbering tells nothing about its holder (permits, passports). */
    public static IdNumber plain(IdDocumentType type, String value) {
        return new IdNumber(type, value, Optional.empty(), Optional.empty());
    }

    /** The form shown in lists (DESIGN.md section 8). */
    public String masked() {
        return Masking.maskDocumentNumber(value);
    }

    public IdentityKey identityKey() {
        return new IdentityKey(type, value);
    }
}
