package cn.bizhao.packaging.crypt;

import cn.bizhao.packaging.StationCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A package as a plain ZIP, whether it came plain or encrypted for this station. An encrypted
 * one is decrypted into an owner-only temporary file that {@link #close()} removes, so the
 * readers downstream only ever see ZIPs.
 *
 * @param original the file as given
 * @param zip      the plain ZIP: {@code original} itself, or the temporary decrypted copy
 */
public record PlainPackage(Path original, Path zip) implements AutoCloseable {

    /** @throws DecryptionException when the package is encrypted and cannot be opened with {@code station} */
    public static PlainPackage open(Path original, Optional<StationCredentials> station) throws IOException {
        if (!PackageEncryption.isEncrypted(original)) {
            return new PlainPackage(original, original);
        }
        StationCredentials key = station.orElseThrow(() -> new DecryptionException(DecryptionProblem.NO_KEY));
        Path decrypted = Files.createTempFile("bizhao-package-", ".zip");
        PackageEncryption.decrypt(original, key, decrypted);
        return new PlainPackage(original, decrypted);
    }

    @Override
    public void close() throws IOException {
        if (!zip.equals(original)) {
            Files.deleteIfExists(zip);
        }
    }
}
