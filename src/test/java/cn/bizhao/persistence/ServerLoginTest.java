package cn.bizhao.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a station refuses before it sends anything to a server. */
class ServerLoginTest {
    @TempDir
    Path folder;

    private static void refused(ServerLogin login, String key) {
        assertThatThrownBy(() -> Database.connect(login))
                .isInstanceOfSatisfying(DatabaseSettingsException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void refusesAPlainConnectionToAnotherComputer() {
        refused(new ServerLogin("jdbc:postgresql://192.168.1.10:5432/bizhao", "counter1", "secret", null),
                "error.database.plainRemote");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:derby:/tmp/db", "jdbc:postgresql://db.example.org:5432/", "postgresql://host/db",
                            "jdbc:postgresql://host/db?sslmode=disable"})
    void refusesAnAddressThatIsNotAServerDatabase(String url) {
        refused(new ServerLogin(url, "counter1", "secret", null), "error.database.serverUrl");
    }

    @Test
    void refusesAMissingLogin() {
        refused(new ServerLogin("jdbc:postgresql://localhost:5432/bizhao", " ", "secret", null), "error.database.serverUser");
    }

    @Test
    void refusesACaFileThatIsNotThere() {
        refused(new ServerLogin("jdbc:postgresql://db.example.org:5432/bizhao", "counter1", "secret",
                folder.resolve("missing-ca.crt")), "error.database.caMissing");
    }

    @Test
    void saysWhereTheDatabaseIsWithoutTheLogin() {
        ServerLogin login = new ServerLogin("jdbc:postgresql://db.example.org/bizhao", "counter1", "secret", null);

        assertThat(login.location()).isEqualTo("db.example.org:5432/bizhao");
        assertThat(login.toString()).doesNotContain("secret");
    }

    @Test
    void settingsFileKeepsEverythingButThePassword() throws IOException {
        Path file = folder.resolve("database.properties");
        Path ca = Files.writeString(folder.resolve("ca.crt"), "-----BEGIN CERTIFICATE-----\n");
        DatabaseSettings.server("jdbc:postgresql://db.example.org:5432/bizhao", "counter1", ca).write(file);

        assertThat(DatabaseSettings.read(file)).isEqualTo(new DatabaseSettings(Engine.POSTGRESQL,
                "jdbc:postgresql://db.example.org:5432/bizhao", "counter1", ca.toAbsolutePath()));
        assertThat(DatabaseSettings.read(folder.resolve("absent.properties"))).isEqualTo(DatabaseSettings.EMBEDDED);
    }

    @Test
    void refusesAnEngineItDoesNotKnow() throws IOException {
        Path file = Files.writeString(folder.resolve("database.properties"), "engine=mysql\n");

        assertThatThrownBy(() -> DatabaseSettings.read(file))
                .isInstanceOfSatisfying(DatabaseSettingsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.database.engineUnknown"));
    }
}
