package cn.bizhao.domain.backup;

import cn.bizhao.domain.DomainException;
import java.util.Arrays;

/**
 * What a backup passphrase must be. It is the only thing between whoever finds a backup and every
 * applicant's personal data, and unlike a login it can be guessed offline without any lockout,
 * so it must be longer than a password: a sentence is easier to remember than a random string.
 */
public final class BackupPassphraseRule {
    public static final int MIN_LENGTH = 12;

    private BackupPassphraseRule() {
    }

    public static void check(char[] passphrase, char[] repeated) {
        if (passphrase == null || passphrase.length < MIN_LENGTH) {
            throw new DomainException("error.backup.passphraseTooShort", MIN_LENGTH);
        }
        if (!Arrays.equals(passphrase, repeated)) {
            throw new DomainException("error.backup.passphraseMismatch");
        }
    }
}
