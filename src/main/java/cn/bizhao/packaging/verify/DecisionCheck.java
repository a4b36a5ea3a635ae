package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.json.DecisionDocument;
import cn.bizhao.packaging.json.DecisionJson;
import cn.bizhao.packaging.json.RevocationDocument;
import java.util.Map;

/**
 * decision.json and revocation.json, under schema version 1: a decision package must carry the one,
 * a revocation package the other; each must be about the bag's application.
 */
final class DecisionCheck {
    private static final PayloadDocumentCheck<DecisionDocument> DECISION = new PayloadDocumentCheck<>(
            PackageLayout.DECISION_JSON, DecisionJson::readDecision, DecisionDocument::acceptanceNo, d -> Map.of(),
            FindingCode.DECISION_JSON_INVALID, FindingCode.DECISION_JSON_MISMATCH);
    private static final PayloadDocumentCheck<RevocationDocument> REVOCATION = new PayloadDocumentCheck<>(
            PackageLayout.REVOCATION_JSON, DecisionJson::readRevocation, RevocationDocument::acceptanceNo,
            d -> Map.of(), FindingCode.DECISION_JSON_INVALID, FindingCode.DECISION_JSON_MISMATCH);

    private DecisionCheck() {
    }

    static void check(BagContents bag, String packageType, ReportBuilder report) {
        require(bag, packageType, PackageType.DECISION, PackageLayout.DECISION_JSON, report);
        require(bag, packageType, PackageType.REVOCATION, PackageLayout.REVOCATION_JSON, report);
        DECISION.check(bag, report);
        REVOCATION.check(bag, report);
    }

    private static void require(BagContents bag, String packageType, PackageType type, String path,
                                ReportBuilder report) {
        if (type.label().equals(packageType) && !bag.has(path)) {
            report.add(FindingCode.DECISION_JSON_MISSING, path);
        }
    }
}
