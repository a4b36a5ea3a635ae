package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.bag.Manifest;
import cn.bizhao.packaging.verify.BagContents.FileFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payload manifest against the payload (missing, extra, changed files) and the tag
 * manifest against the tag files it must cover (bagit.txt, bag-info.txt, manifest-sha256.txt).
 */
final class ManifestCheck {
    private static final List<String> SIGNED_TAG_FILES = List.of(PackageLayout.BAGIT, PackageLayout.BAG_INFO,
            PackageLayout.MANIFEST);

    private ManifestCheck() {
    }

    static Optional<Manifest> parse(BagContents bag, String path) {
        return bag.bytes(path).map(bytes -> Manifest.parse(new String(bytes, StandardCharsets.UTF_8)));
    }

    static void check(BagContents bag, ReportBuilder report) {
        parse(bag, PackageLayout.MANIFEST).ifPresent(manifest -> checkPayload(manifest, bag, report));
        parse(bag, PackageLayout.TAG_MANIFEST).ifPresent(manifest -> checkTags(manifest, bag, report));
    }

    private static void checkPayload(Manifest manifest, BagContents bag, ReportBuilder report) {
        String self = PackageLayout.MANIFEST;
        manifest.malformedLines().forEach(line -> report.add(FindingCode.MANIFEST_LINE_INVALID, self, line));
        manifest.checksums().forEach((path, checksum) -> {
            if (!path.startsWith(PackageLayout.PAYLOAD)) {
                report.add(FindingCode.MANIFEST_LINE_INVALID, self, path);
            } else {
                compare(path, checksum, bag.files().get(path), FindingCode.PAYLOAD_FILE_MISSING,
                        FindingCode.PAYLOAD_FILE_CHANGED, report);
            }
        });
        bag.files().keySet().stream()
                .filter(path -> path.startsWith(PackageLayout.PAYLOAD) && !manifest.checksums().containsKey(path))
                .forEach(path -> report.add(FindingCode.PAYLOAD_FILE_EXTRA, path));
    }

    private static void checkTags(Manifest manifest, BagContents bag, ReportBuilder report) {
        String self = PackageLayout.TAG_MANIFEST;
        manifest.malformedLines().forEach(line -> report.add(FindingCode.MANIFEST_LINE_INVALID, self, line));
        SIGNED_TAG_FILES.stream().filter(path -> bag.has(path) && !manifest.checksums().containsKey(path))
                .forEach(path -> report.add(FindingCode.TAG_FILE_UNLISTED, path));
        manifest.checksums().forEach((path, checksum) -> {
            if (path.startsWith(PackageLayout.PAYLOAD) || path.equals(self) || path.equals(PackageLayout.SIGNATURE)) {
                report.add(FindingCode.MANIFEST_LINE_INVALID, self, path);
            } else if (bag.has(path) || !StructureCheck.TAG_FILES.contains(path)) {
                // a required tag file that is missing was reported once already, by the structure check
                compare(path, checksum, bag.files().get(path), FindingCode.TAG_FILE_MISSING,
                        FindingCode.TAG_FILE_CHANGED, report);
            }
        });
    }

    private static void compare(String path, String expected, FileFacts actual, FindingCode missing, FindingCode changed,
                                ReportBuilder report) {
        if (actual == null) {
            report.add(missing, path);
        } else if (!actual.sha256().equals(expected)) {
            report.add(changed, path, actual.sha256());
        }
    }

    static Map<String, String> payloadChecksums(BagContents bag) {
        return parse(bag, PackageLayout.MANIFEST).map(Manifest::checksums).orElse(Map.of());
    }
}
