package cn.bizhao.security.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WrappedBootKeyTest {
    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final char[] PASSPHRASE = "a long backup passphrase".toCharArray();

    private static void assertRefused(String text, char[] passphrase, String key) {
        assertThatThrownBy(() -> WrappedBootKey.unwrap(text, passphrase))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void unwrapsWithThePassphraseItWasWrappedWith() {
        String wrapped = WrappedBootKey.wrap(KEY, PASSPHRASE);

        assertThat(WrappedBootKey.unwrap(wrapped, PASSPHRASE)).isEqualTo(KEY);
    }

    @Test
    void namesItsAlgorithmsAndHoldsNoKeyInClear() {
        String wrapped = WrappedBootKey.wrap(KEY, PASSPHRASE);

        assertThat(wrapped).contains("KDF: PBKDF2-HMAC-SHA256", "Iterations: 1000000", "Cipher: AES-256-GCM")
                .doesNotContainIgnoringCase(KEY).doesNotContain(HexFormat.of().withUpperCase().formatHex(HexFormat.of().parseHex(KEY)));
        assertThat(WrappedBootKey.wrap(KEY, PASSPHRASE)).isNotEqualTo(wrapped);
    }

    @Test
    void refusesAWrongPassphrase() {
        assertRefused(WrappedBootKey.wrap(KEY, PASSPHRASE), "a long backup passphrasE".toCharArray(), "error.backup.passphraseWrong");
    }

    @Test
    void refusesAWrapWhoseIterationCountWasLowered() {
        String weakened = WrappedBootKey.wrap(KEY, PASSPHRASE).replace("Iterations: 1000000", "Iterations: 1000");

        assertRefused(weakened, PASSPHRASE, "error.backup.keyFileUnreadable");
    }

    @Test
    void refusesAWrapWhoseSaltWasSwapped() {
        String wrapped = WrappedBootKey.wrap(KEY, PASSPHRASE);
        String otherSalt = WrappedBootKey.wrap(KEY, PASSPHRASE).lines().filter(l -> l.startsWith("Salt: ")).findFirst().orElseThrow();
        String swapped = wrapped.replaceAll("Salt: .*", otherSalt);

        assertRefused(swapped, PASSPHRASE, "error.backup.passphraseWrong");
    }

    @Test
    void refusesTextThatIsNoWrappedKey() {
        assertRefused("Format: something else\n", PASSPHRASE, "error.backup.keyFileUnreadable");
    }
}
