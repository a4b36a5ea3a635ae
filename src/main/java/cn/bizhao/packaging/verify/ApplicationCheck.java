package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.json.ApplicationDocument;
import cn.bizhao.packaging.json.ApplicationDocument.MaterialPart;
import cn.bizhao.packaging.json.ApplicationDocument.PagePart;
import cn.bizhao.packaging.json.ApplicationJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** application.json, under schema version 1, against the bag. */
final class ApplicationCheck {
    private static final PayloadDocumentCheck<ApplicationDocument> CHECK = new PayloadDocumentCheck<>(
            PackageLayout.APPLICATION_JSON, ApplicationJson::readDocument, ApplicationDocument::acceptanceNo,
            ApplicationCheck::files, FindingCode.APPLICATION_JSON_INVALID, FindingCode.APPLICATION_JSON_MISMATCH);

    private ApplicationCheck() {
    }

    static void check(BagContents bag, ReportBuilder report) {
        CHECK.check(bag, report);
    }

    private static Map<String, String> files(ApplicationDocument document) {
        Map<String, String> files = new LinkedHashMap<>();
        if (document.photo() != null) {
            files.put(document.photo().file(), document.photo().sha256());
        }
        for (MaterialPart material : document.materials()) {
            for (PagePart page : material.pages()) {
                files.put(page.file(), page.sha256());
            }
        }
        return files;
    }
}
