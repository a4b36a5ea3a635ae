package cn.bizhao.packaging.verify;

import cn.bizhao.domain.DomainException;
import cn.bizhao.packaging.PackageLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON document of the payload (application.json, review.json): readable under its schema, about
 * the same application as the bag, and naming exactly the files (and checksums) the manifest lists.
 *
 * @param files the payload files the document names, relative to data/, with their SHA-256
 */
record PayloadDocumentCheck<T>(String path, Reader<T> reader, Function<T, String> acceptanceNo,
                               Function<T, Map<String, String>> files, FindingCode invalid, FindingCode mismatch) {

    /** The document when it could be read; the findings go into the report. */
    Optional<T> check(BagContents bag, ReportBuilder report) {
        Optional<byte[]> json = bag.bytes(path);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        T document;
        try {
            document = reader.read(new ByteArrayInputStream(json.get()));
        } catch (DomainException e) {
            report.add(invalid, path, detailOf(e));
            return Optional.empty();
        } catch (IOException e) {
            report.add(invalid, path, e.getMessage());
            return Optional.empty();
        }
        if (!bag.folder().equals(acceptanceNo.apply(document))) {
            report.add(mismatch, path, "acceptanceNo");
        }
        Map<String, String> manifest = ManifestCheck.payloadChecksums(bag);
        files.apply(document).forEach((file, sha256) -> {
            String listed = manifest.get(PackageLayout.PAYLOAD + file);
            if (listed == null || !listed.equalsIgnoreCase(sha256)) {
                report.add(mismatch, path, file);
            }
        });
        return Optional.of(document);
    }

    /** The readers' exceptions name the file first, then what is wrong with it. */
    private static String detailOf(DomainException e) {
        Object[] arguments = e.arguments();
        String what = String.valueOf(arguments[arguments.length - 1]);
        return e.messageKey().endsWith("unknownSchema") ? "schemaVersion " + what : what;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream json) throws IOException;
    }
}
