package cn.bizhao.domain.identity;

import java.util.Objects;

/**
 * 统一社会信用代码 (GB 32100) that passed {@link CreditCodes#validate}.
 *
 * @param value the 18 characters, upper case
 */
public record CreditCode(String value) {
    /** The GB/T 2260 province code of Guangxi, the first two digits of its registration areas. */
    private static final String GUANGXI = "45";

    public CreditCode {
        Objects.requireNonNull(value, "value");
    }

    /** Characters 3-8: the administrative division of the registration authority (登记管理机关行政区划码). */
    public String registrationArea() {
        return value.substring(2, 8);
    }

    /**
     * Registered in Guangxi. This is where the employer was registered, which is what the notice's
     * 与广西境内用人单位 is checked against first; an employer registered elsewhere may still have a
     * Guangxi branch, which the reviewer decides on the labour contract.
     */
    public boolean isGuangxiRegistration() {
        return registrationArea().startsWith(GUANGXI);
    }
}
