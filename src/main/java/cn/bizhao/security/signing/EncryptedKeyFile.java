package cn.bizhao.security.signing;

import cn.bizhao.domain.DomainException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A private key kept as an encrypted PKCS#8 PEM file (PBES2: PBKDF2 with HMAC-SHA256, then
 * AES-256-CBC). Chosen over PKCS#12 because it carries SM2 keys as well as EC and RSA ones and
 * {@code openssl pkey} reads it, so an administrator can check the file with standard tools.
 * The passphrase is only ever held in the caller's char array.
 */
final class EncryptedKeyFile {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the file is opened once per session. */
    static final int ITERATIONS = 600_000;

    private EncryptedKeyFile() {
    }

    static void write(PrivateKey key, char[] passphrase, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
             JcaPEMWriter pem = new JcaPEMWriter(text)) {
            OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                    .setPRF(JcaPKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(ITERATIONS)
                    .setProvider(BouncyCastle.provider())
                    .setPassword(passphrase)
                    .build();
            pem.writeObject(new JcaPKCS8Generator(key, encryptor));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot encrypt the station key", e);
        }
    }

    static PrivateKey read(Path file, char[] passphrase) throws IOException {
        try (Reader text = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(text)) {
            if (!(parser.readObject() instanceof PKCS8EncryptedPrivateKeyInfo encrypted)) {
                throw new DomainException("security.key.unreadable", file.toString());
            }
            PrivateKeyInfo info = encrypted.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BouncyCastle.provider()).build(passphrase));
            return new JcaPEMKeyConverter().setProvider(BouncyCastle.provider()).getPrivateKey(info);
        } catch (PKCSException e) {
            throw new DomainException("security.key.wrongPassphrase");
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot decrypt the station key", e);
        }
    }
}
