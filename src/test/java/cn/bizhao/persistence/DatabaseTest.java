package cn.bizhao.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.persistence.station.StationSettingMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final String KEY = HexFormat.of().formatHex(new byte[32]).replace('0', 'a');
    private static final String OTHER_KEY = KEY.replace('a', 'b');
    private static final String SECRET = "SECRET-VALUE-4501XYZ";

    @TempDir
    Path home;

    private Path folder() {
        return home.resolve("db");
    }

    private void storeSecret() {
        try (Database db = Database.open(folder(), KEY)) {
            db.transactions().run(uow -> uow.mapper(StationSettingMapper.class).insert("test.secret", SECRET));
        }
    }

    @Test
    void keepsWhatWasCommittedAcrossRestarts() {
        storeSecret();

        try (Database db = Database.open(folder(), KEY)) {
            String stored = db.transactions().inTransaction(uow -> uow.mapper(StationSettingMapper.class).find("test.secret"));
            assertThat(stored).isEqualTo(SECRET);
            assertThat(db.schemaVersion()).isEqualTo(newestMigration());
        }
    }

    @Test
    void cannotBeOpenedWithoutTheBootKey() {
        storeSecret();

        assertThatThrownBy(() -> Database.open(folder(), "")).isInstanceOf(DatabaseLockedException.class);
    }

    @Test
    void cannotBeOpenedWithAnotherKey() {
        storeSecret();

        assertThatThrownBy(() -> Database.open(folder(), OTHER_KEY)).isInstanceOf(DatabaseLockedException.class);
    }

    @Test
    void storesNoPlainTextOnDisk() throws IOException {
        storeSecret();

        byte[] needle = SECRET.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder())) {
            assertThat(files.filter(Files::isRegularFile)).noneMatch(file -> contains(file, needle));
        }
    }

    @Test
    void refusesADatabaseFromANewerProgramWithoutTouchingIt() {
        storeSecret();
        Flyway.configure()
                .dataSource("jdbc:derby:" + folder().toAbsolutePath() + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + KEY, null, null)
                .locations("classpath:cn/bizhao/persistence/migration", "classpath:future")
                .load().migrate();
        shutdown();

        assertThatThrownBy(() -> Database.open(folder(), KEY))
                .isInstanceOfSatisfying(DatabaseTooNewException.class,
                        e -> assertThat(e.arguments()).containsExactly("999", newestMigration()));
    }

    @Test
    void knowsItsNewestMigration() {
        assertThat(Integer.toString(Migrations.LATEST)).isEqualTo(newestMigration());
    }

    /** The highest version among the program's migration scripts. */
    private static String newestMigration() {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/cn/bizhao/persistence/migration"))) {
            return scripts.map(p -> p.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare).orElseThrow().toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void shutdown() {
        try {
            java.sql.DriverManager.getConnection("jdbc:derby:" + folder().toAbsolutePath() + ";shutdown=true");
        } catch (java.sql.SQLException expected) {
            assertThat(expected.getSQLState()).isEqualTo("08006");
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] data = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= data.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (data[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
