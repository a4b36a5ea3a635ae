package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.json.ReviewDocument;
import cn.bizhao.packaging.json.ReviewDocument.EvidencePart;
import cn.bizhao.packaging.json.ReviewJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** review.json, under schema version 1, against the bag; a review result must carry one. */
final class ReviewCheck {
    private static final PayloadDocumentCheck<ReviewDocument> CHECK = new PayloadDocumentCheck<>(
            PackageLayout.REVIEW_JSON, ReviewJson::readDocument, ReviewDocument::acceptanceNo, ReviewCheck::files,
            FindingCode.REVIEW_JSON_INVALID, FindingCode.REVIEW_JSON_MISMATCH);

    private ReviewCheck() {
    }

    static void check(BagContents bag, String packageType, ReportBuilder report) {
        if (!bag.has(PackageLayout.REVIEW_JSON)) {
            if (PackageType.REVIEW_RESULT.label().equals(packageType)) {
                report.add(FindingCode.REVIEW_JSON_MISSING, PackageLayout.REVIEW_JSON);
            }
            return;
        }
        CHECK.check(bag, report);
    }

    private static Map<String, String> files(ReviewDocument document) {
        Map<String, String> files = new LinkedHashMap<>();
        if (document.verification() != null) {
            for (EvidencePart page : document.verification().evidence()) {
                files.put(page.file(), page.sha256());
            }
        }
        return files;
    }
}
