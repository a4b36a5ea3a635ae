package cn.bizhao.domain.user;

import cn.bizhao.domain.DomainException;

/** What a chosen password must be: long enough to resist guessing at an unattended counter. */
public final class PasswordRule {
    public static final int MIN_LENGTH = 8;

    private PasswordRule() {
    }

    public static void check(char[] password, char[] repeated) {
        if (password.length < MIN_LENGTH) {
            throw new DomainException("error.password.tooShort", MIN_LENGTH);
        }
        if (!java.util.Arrays.equals(password, repeated)) {
            throw new DomainException("error.password.mismatch");
        }
        if (new String(password).chars().allMatch(Character::isDigit)
                || new String(password).chars().allMatch(Character::isLetter)) {
            throw new DomainException("error.password.tooSimple");
        }
    }
}
