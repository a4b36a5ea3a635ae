package cn.bizhao.security.bootkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The key that unlocks the encrypted database, kept in its own file outside the database folder,
 * readable by the owner only. Without it the database files are unreadable.
 */
public final class BootKeyStore {
    private static final int KEY_BYTES = 32;
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    public BootKeyStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The stored key as hex, if a key was created. */
    public Optional<String> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a new random AES-256 key; refuses to overwrite one, since that would lose the database. */
    public String create() {
        return store(HexFormat.of().formatHex(randomBytes()));
    }

    /**
     * Keeps a key that already unlocks a database (one restored from a backup), owner-only like a new one;
     * refuses to overwrite a key.
     */
    public String store(String key) {
        try {
            Files.createDirectories(file.getParent());
            restrict(file.getParent(), OWNER_ONLY_DIR);
            Files.writeString(file, key, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrict(file, OWNER_ONLY);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("boot key already exists: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    private static byte[] randomBytes() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        } else {
            OwnerOnlyAcl.apply(path);
        }
    }
}
