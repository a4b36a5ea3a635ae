package cn.bizhao.service.station;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * This station's identity, kept in its own data home (not in the database, which several stations
 * may share): a random id made on the first start, and the station's name once given. Written
 * whole or not at all.
 */
public final class LocalWorkstation {
    private static final String ID = "station.id";
    private static final String NAME = "station.name";

    private final Path file;
    private Properties cached;

    public LocalWorkstation(Path file) {
        this.file = file;
    }

    /** The station's id, made and kept the first time it is asked for. */
    public synchronized String id() {
        Properties identity = read();
        String id = identity.getProperty(ID);
        if (id == null || id.isBlank()) {
            identity.setProperty(ID, UUID.randomUUID().toString());
            write(identity);
            id = identity.getProperty(ID);
        }
        return id;
    }

    /** The station's name, empty until the first start named it. */
    public synchronized Optional<String> name() {
        String name = read().getProperty(NAME);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    /** Names the station (at the first start, or when its name is changed). */
    public synchronized void name(String name) {
        Properties identity = read();
        identity.setProperty(ID, id());
        identity.setProperty(NAME, name);
        write(identity);
    }

    private Properties read() {
        if (cached != null) {
            return cached;
        }
        Properties identity = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                identity.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        cached = identity;
        return identity;
    }

    private void write(Properties identity) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = file.resolveSibling(file.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                identity.store(out, "Bizhao Desk: this station's identity");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            cached = identity;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
