package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.bag.BagDeclaration;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The files format 1 requires outside data/, and no others. */
final class StructureCheck {
    static final List<String> TAG_FILES = List.of(PackageLayout.BAGIT, PackageLayout.BAG_INFO, PackageLayout.MANIFEST,
            PackageLayout.TAG_MANIFEST, PackageLayout.SIGNATURE);

    private StructureCheck() {
    }

    static void check(BagContents bag, ReportBuilder report) {
        TAG_FILES.stream().filter(path -> !bag.has(path)).forEach(path -> report.add(FindingCode.TAG_FILE_MISSING, path));
        bag.files().keySet().stream()
                .filter(path -> !path.startsWith(PackageLayout.PAYLOAD) && !TAG_FILES.contains(path))
                .forEach(path -> report.add(FindingCode.EXTRA_FILE, path));
        bag.bytes(PackageLayout.BAGIT)
                .filter(bytes -> !BagDeclaration.isValid(new String(bytes, StandardCharsets.UTF_8)))
                .ifPresent(bytes -> report.add(FindingCode.BAGIT_DECLARATION_INVALID, PackageLayout.BAGIT));
    }
}
