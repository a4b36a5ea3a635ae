package cn.bizhao.persistence;

import java.util.Locale;

/**
 * The two database engines a station can use: the encrypted embedded Derby of a single desk (the
 * default) or the institution's PostgreSQL server shared by several desks. Its {@link #databaseId()}
 * is what MyBatis's {@code databaseId} says in the few mapper statements that differ.
 */
public enum Engine {
    DERBY("derby"),
    POSTGRESQL("postgresql");

    private final String databaseId;

    Engine(String databaseId) {
        this.databaseId = databaseId;
    }

    public String databaseId() {
        return databaseId;
    }

    /** The engine named in a station's database file ({@code derby} or {@code postgresql}). */
    public static Engine named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Engine engine : values()) {
            if (engine.databaseId.equals(wanted)) {
                return engine;
            }
        }
        throw new DatabaseSettingsException("error.database.engineUnknown", name);
    }
}
