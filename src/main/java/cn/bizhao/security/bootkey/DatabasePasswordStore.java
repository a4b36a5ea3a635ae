package cn.bizhao.security.bootkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The password of the station's own login to the institution's database server, kept outside the
 * database like the boot key: an owner-only file beside it, the password encrypted (AES-256-GCM) under
 * a key derived from the boot key, so that the file alone reveals nothing and a copied data home
 * without its {@code keys} folder cannot sign in to the server. Never in a plain properties file.
 */
public final class DatabasePasswordStore {
    private static final String FORMAT = "bizhao-db-login-1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path file;

    public DatabasePasswordStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Keeps the password (replacing one kept before, when the administrator gives a new one). */
    public void store(String password, String bootKeyHex) {
        byte[] nonce = new byte[NONCE_BYTES];
        new SecureRandom().nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, bootKeyHex, nonce);
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            byte[] whole = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, whole, 0, nonce.length);
            System.arraycopy(sealed, 0, whole, nonce.length, sealed.length);
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            BootKeyStore.restrict(folder, BootKeyStore.OWNER_ONLY_DIR);
            Path next = Files.createTempFile(folder, "db-login", ".tmp");
            BootKeyStore.restrict(next, BootKeyStore.OWNER_ONLY);
            Files.writeString(next, FORMAT + Base64.getEncoder().encodeToString(whole), StandardCharsets.US_ASCII);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The password, if one is kept; empty too when it cannot be decrypted with this boot key. */
    public Optional<String> read(String bootKeyHex) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!text.startsWith(FORMAT)) {
                return Optional.empty();
            }
            byte[] whole = Base64.getDecoder().decode(text.substring(FORMAT.length()));
            byte[] nonce = Arrays.copyOf(whole, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, bootKeyHex, nonce);
            byte[] plain = cipher.doFinal(whole, NONCE_BYTES, whole.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, String bootKeyHex, byte[] nonce) throws GeneralSecurityException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update("bizhao database login".getBytes(StandardCharsets.US_ASCII));
        byte[] key = digest.digest(HexFormat.of().parseHex(bootKeyHex));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
