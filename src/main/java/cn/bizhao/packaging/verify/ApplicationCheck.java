package cn.bizhao.packaging.verify;

import cn.bizhao.domain.DomainException;
import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.json.ApplicationDocument;
import cn.bizhao.packaging.json.ApplicationDocument.MaterialPart;
import cn.bizhao.packaging.json.ApplicationDocument.PagePart;
import cn.bizhao.packaging.json.ApplicationJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * application.json: readable under schema version 1, about the same application as the bag,
 * and naming exactly the files (and checksums) the manifest lists for the photo and the pages.
 */
final class ApplicationCheck {
    private static final String PATH = PackageLayout.APPLICATION_JSON;

    private ApplicationCheck() {
    }

    static void check(BagContents bag, ReportBuilder report) {
        Optional<byte[]> json = bag.bytes(PATH);
        if (json.isEmpty()) {
            return;
        }
        ApplicationDocument document;
        try {
            document = ApplicationJson.readDocument(new ByteArrayInputStream(json.get()));
        } catch (DomainException | IOException e) {
            report.add(FindingCode.APPLICATION_JSON_INVALID, PATH, e.getMessage());
            return;
        }
        if (!bag.folder().equals(document.acceptanceNo())) {
            report.add(FindingCode.APPLICATION_JSON_MISMATCH, PATH, "acceptanceNo");
        }
        Map<String, String> manifest = ManifestCheck.payloadChecksums(bag);
        if (document.photo() != null) {
            matches(document.photo().file(), document.photo().sha256(), manifest, report);
        }
        for (MaterialPart material : document.materials()) {
            for (PagePart page : material.pages()) {
                matches(page.file(), page.sha256(), manifest, report);
            }
        }
    }

    private static void matches(String file, String sha256, Map<String, String> manifest, ReportBuilder report) {
        String listed = manifest.get(PackageLayout.PAYLOAD + file);
        if (listed == null || !listed.equalsIgnoreCase(sha256)) {
            report.add(FindingCode.APPLICATION_JSON_MISMATCH, PATH, file);
        }
    }
}
