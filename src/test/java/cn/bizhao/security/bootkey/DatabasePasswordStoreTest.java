package cn.bizhao.security.bootkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabasePasswordStoreTest {
    private static final String PASSWORD = "Station-Login-密码-2026";

    @TempDir
    Path home;

    private String bootKey() {
        return new BootKeyStore(home.resolve("keys/boot.key")).create();
    }

    @Test
    void givesBackThePasswordWithTheSameBootKey() {
        String key = bootKey();
        DatabasePasswordStore store = new DatabasePasswordStore(home.resolve("keys/database-login.key"));

        store.store(PASSWORD, key);

        assertThat(store.read(key)).contains(PASSWORD);
    }

    @Test
    void keepsThePasswordEncryptedInAnOwnerOnlyFile() throws IOException {
        String key = bootKey();
        Path file = home.resolve("keys/database-login.key");
        new DatabasePasswordStore(file).store(PASSWORD, key);

        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("Station-Login");
        assertThat(Files.readString(file)).doesNotContain(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void revealsNothingWithAnotherBootKey() {
        String key = bootKey();
        DatabasePasswordStore store = new DatabasePasswordStore(home.resolve("keys/database-login.key"));
        store.store(PASSWORD, key);

        String another = new BootKeyStore(home.resolve("other/boot.key")).create();

        assertThat(store.read(another)).isEmpty();
    }

    @Test
    void aNewPasswordReplacesTheOldOne() {
        String key = bootKey();
        DatabasePasswordStore store = new DatabasePasswordStore(home.resolve("keys/database-login.key"));
        store.store("first-password", key);

        store.store(PASSWORD, key);

        assertThat(store.read(key)).contains(PASSWORD);
    }
}
