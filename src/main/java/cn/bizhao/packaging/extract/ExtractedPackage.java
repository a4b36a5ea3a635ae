package cn.bizhao.packaging.extract;

import cn.bizhao.domain.application.Application;
import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.json.ApplicationJson;
import cn.bizhao.packaging.json.DecisionDocument;
import cn.bizhao.packaging.json.DecisionJson;
import cn.bizhao.packaging.json.RevocationDocument;
import cn.bizhao.packaging.json.ReviewDocument;
import cn.bizhao.packaging.json.ReviewJson;
import cn.bizhao.packaging.verify.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A verified package unpacked into a temporary folder for the service layer to import from;
 * closing it removes the folder.
 *
 * @param bag       the bag's folder (bagit.txt, data/...)
 * @param report    the verification it passed (signer, signing time)
 * @param packageId SHA-256 of the tag manifest: the same package imported twice has the same id
 */
public record ExtractedPackage(Path bag, VerificationReport report, String packageId) implements AutoCloseable {

    public PackageType type() {
        return PackageType.ofLabel(report.packageType()).orElseThrow();
    }

    public Application application() throws IOException {
        try (InputStream json = Files.newInputStream(bag.resolve(PackageLayout.APPLICATION_JSON))) {
            return ApplicationJson.read(json);
        }
    }

    /** data/review.json, which review results and submissions carry. */
    public Optional<ReviewDocument> review() throws IOException {
        Path file = bag.resolve(PackageLayout.REVIEW_JSON);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream json = Files.newInputStream(file)) {
            return Optional.of(ReviewJson.readDocument(json));
        }
    }

    /** data/decision.json, which decision packages carry. */
    public DecisionDocument decision() throws IOException {
        try (InputStream json = Files.newInputStream(bag.resolve(PackageLayout.DECISION_JSON))) {
            return DecisionJson.readDecision(json);
        }
    }

    /** data/revocation.json, which revocation packages carry. */
    public RevocationDocument revocation() throws IOException {
        try (InputStream json = Files.newInputStream(bag.resolve(PackageLayout.REVOCATION_JSON))) {
            return DecisionJson.readRevocation(json);
        }
    }

    /** A payload file by its path in application.json (relative to data/), such as a page's {@code file}. */
    public Path payloadFile(String relativeToData) {
        Path file = bag.resolve(PackageLayout.PAYLOAD).resolve(relativeToData).normalize();
        if (!file.startsWith(bag.resolve(PackageLayout.PAYLOAD))) {
            throw new IllegalArgumentException("outside the payload: " + relativeToData);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        FileTrees.delete(bag.getParent());
    }
}
