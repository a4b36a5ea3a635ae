package cn.bizhao.testing;

import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.Engine;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The engine the tests of this JVM run on: the system property {@code bizhao.test.engine} ({@code derby},
 * the default, or {@code postgresql}); Maven's second surefire execution sets it for the persistence and
 * service tests, so they run on both.
 */
public final class TestEngine {
    private static final String KEY = HexFormat.of().formatHex(new byte[32]).replace('0', 'c');

    private TestEngine() {
    }

    public static Engine current() {
        return Engine.named(System.getProperty("bizhao.test.engine", Engine.DERBY.databaseId()));
    }

    public static boolean onServer() {
        return current() == Engine.POSTGRESQL;
    }

    /** A bare database (no station on top) of the current engine: Derby under {@code home}, or a fresh server database. */
    public static Database openDatabase(Path home) {
        return onServer() ? Database.connect(PostgresTestServer.get().newDatabase()) : Database.open(home.resolve("db"), KEY);
    }
}
