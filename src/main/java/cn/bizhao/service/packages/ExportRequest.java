package cn.bizhao.service.packages;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One export: which applications, in which kind of package, into which folder.
 *
 * @param recipient encrypt for this recipient: a PEM file, or a fingerprint from the trust list
 */
public record ExportRequest(ExportKind kind, List<Long> applicationIds, Path folder, Optional<String> recipient) {
    public ExportRequest {
        Objects.requireNonNull(kind, "kind");
        applicationIds = List.copyOf(applicationIds);
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(recipient, "recipient");
    }
}
