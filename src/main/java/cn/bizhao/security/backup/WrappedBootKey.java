package cn.bizhao.security.backup;

import cn.bizhao.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The database's boot key as it travels in a backup: encrypted with AES-256-GCM under a key derived
 * from the administrator's passphrase by PBKDF2-HMAC-SHA256. Stored as a few "Name: value" lines;
 * every line but the wrapped key itself is authenticated (GCM associated data), so lowering the
 * iteration count or swapping the salt makes the passphrase fail instead of weakening the wrap.
 * Both algorithms come with every JDK, so a backup opens on any station without another provider.
 */
public final class WrappedBootKey {
    static final String FORMAT = "bizhao-wrapped-boot-key/1";
    static final String KDF = "PBKDF2-HMAC-SHA256";
    static final String CIPHER = "AES-256-GCM";
    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256 is 600 000; the backup is open to offline guessing, so more. */
    public static final int ITERATIONS = 1_000_000;
    /** Refused beyond these: a file naming fewer was weakened, more would keep the program busy for hours. */
    private static final int MIN_ITERATIONS = 600_000;
    private static final int MAX_ITERATIONS = 20_000_000;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String WRAPPED = "Wrapped-Key";

    private WrappedBootKey() {
    }

    /** The text of the wrapped key for the hex boot key. */
    public static String wrap(String bootKeyHex, char[] passphrase) {
        SecureRandom random = new SecureRandom();
        byte[] salt = random(random, SALT_BYTES);
        byte[] nonce = random(random, NONCE_BYTES);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Format", FORMAT);
        fields.put("KDF", KDF);
        fields.put("Iterations", Integer.toString(ITERATIONS));
        fields.put("Salt", Base64.getEncoder().encodeToString(salt));
        fields.put("Cipher", CIPHER);
        fields.put("Nonce", Base64.getEncoder().encodeToString(nonce));
        String header = lines(fields);
        byte[] key = HexFormat.of().parseHex(bootKeyHex);
        try {
            byte[] wrapped = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, ITERATIONS, nonce, header).doFinal(key);
            return header + WRAPPED + ": " + Base64.getEncoder().encodeToString(wrapped) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(CIPHER + " unavailable", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The hex boot key inside the text.
     *
     * @throws DomainException {@code error.backup.passphraseWrong} when the passphrase (or the file) is not the one
     *                         it was wrapped with, {@code error.backup.keyFileUnreadable} when it is no wrapped key
     */
    public static String unwrap(String text, char[] passphrase) {
        Map<String, String> fields = parse(text);
        String wrapped = fields.remove(WRAPPED);
        if (wrapped == null || !FORMAT.equals(fields.get("Format")) || !KDF.equals(fields.get("KDF"))
                || !CIPHER.equals(fields.get("Cipher"))) {
            throw unreadable();
        }
        try {
            int iterations = Integer.parseInt(fields.get("Iterations"));
            if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
                throw unreadable();
            }
            byte[] salt = Base64.getDecoder().decode(fields.get("Salt"));
            byte[] nonce = Base64.getDecoder().decode(fields.get("Nonce"));
            byte[] key = cipher(Cipher.DECRYPT_MODE, passphrase, salt, iterations, nonce, lines(fields))
                    .doFinal(Base64.getDecoder().decode(wrapped));
            try {
                return HexFormat.of().formatHex(key);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw new DomainException("error.backup.passphraseWrong");
        } catch (IllegalArgumentException | NullPointerException | GeneralSecurityException e) {
            throw unreadable();
        }
    }

    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce, String header)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.getBytes(StandardCharsets.UTF_8));
            return cipher;
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2).strip());
            }
        }
        return fields;
    }

    private static String lines(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    private static byte[] random(SecureRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static DomainException unreadable() {
        return new DomainException("error.backup.keyFileUnreadable");
    }
}
