package cn.bizhao.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which database a data home uses, kept in a small file of its own ({@code database.properties}):
 * {@code engine=derby} (the default, also when the file is absent) or {@code engine=postgresql} with
 * {@code url}, {@code user} and, for a server on another computer, {@code ca} (the administrator's CA
 * certificate). The login's password is never in this file: it is kept encrypted beside the boot key.
 */
public record DatabaseSettings(Engine engine, String url, String user, Path caFile) {
    public static final DatabaseSettings EMBEDDED = new DatabaseSettings(Engine.DERBY, null, null, null);

    /** A server database; {@code caFile} null for a plain connection to this computer only. */
    public static DatabaseSettings server(String url, String user, Path caFile) {
        return new DatabaseSettings(Engine.POSTGRESQL, url, user, caFile);
    }

    /** The settings in {@code file}; the embedded database when there is no such file. */
    public static DatabaseSettings read(Path file) {
        if (!Files.exists(file)) {
            return EMBEDDED;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Engine engine = Engine.named(properties.getProperty("engine", Engine.DERBY.databaseId()));
        if (engine == Engine.DERBY) {
            return EMBEDDED;
        }
        String ca = properties.getProperty("ca", "").strip();
        return server(properties.getProperty("url", "").strip(), properties.getProperty("user", "").strip(),
                ca.isEmpty() ? null : file.resolveSibling(ca));
    }

    public void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("engine", engine.databaseId());
        if (engine == Engine.POSTGRESQL) {
            properties.setProperty("url", url);
            properties.setProperty("user", user);
            if (caFile != null) {
                properties.setProperty("ca", caFile.toAbsolutePath().toString());
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "Bizhao Desk database; the login's password is kept encrypted in keys/");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The login to the server with the password kept for it. */
    public ServerLogin login(String password) {
        return new ServerLogin(url, user, password, caFile);
    }
}
