package cn.bizhao.domain.identity;

import java.util.Objects;

/**
 * 联系电话 that passed {@link PhoneNumbers#validate}.
 *
 * @param kind  mobile or landline
 * @param value normal form: 11 digits for a mobile ({@code 13800138000}); area code, hyphen, local
 *              number and, when there is one, hyphen and extension for a landline
 *              ({@code 0771-1234567}, {@code 0771-1234567-801})
 */
public record PhoneNumber(Kind kind, String value) {
    public enum Kind {
        MOBILE, LANDLINE
    }

    public PhoneNumber {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
