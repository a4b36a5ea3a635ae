package cn.bizhao.packaging.write;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Where a package goes and, optionally, whom it is encrypted for.
 *
 * @param folder     the chosen folder (a USB stick, a shared folder)
 * @param encryptFor the recipient's certificate, or empty for a plain package
 */
public record ExportTarget(Path folder, Optional<X509Certificate> encryptFor) {
    public static ExportTarget plain(Path folder) {
        return new ExportTarget(folder, Optional.empty());
    }

    public static ExportTarget encrypted(Path folder, X509Certificate recipient) {
        return new ExportTarget(folder, Optional.of(recipient));
    }
}
