package cn.bizhao.domain.backup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupPassphraseRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "twelve chars | twelve chars | ",
            "我们的备份口令锁在主任柜里 | 我们的备份口令锁在主任柜里 | ",
            "eleven char | eleven char | error.backup.passphraseTooShort",
            "twelve chars | twelve charz | error.backup.passphraseMismatch"})
    void acceptsTwelveCharactersTypedTheSameTwice(String passphrase, String repeated, String refusal) {
        if (refusal == null) {
            assertThatCode(() -> BackupPassphraseRule.check(passphrase.toCharArray(), repeated.toCharArray())).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> BackupPassphraseRule.check(passphrase.toCharArray(), repeated.toCharArray()))
                    .isInstanceOf(DomainException.class).hasMessageStartingWith(refusal);
        }
    }
}
