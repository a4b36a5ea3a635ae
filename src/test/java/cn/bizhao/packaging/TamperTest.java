package cn.bizhao.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.bizhao.packaging.verify.Finding;
import cn.bizhao.packaging.verify.FindingCode;
import cn.bizhao.packaging.verify.PackageVerifier;
import cn.bizhao.packaging.verify.VerificationReport;
import cn.bizhao.packaging.write.ExportMonitor;
import cn.bizhao.packaging.write.ExportTarget;
import cn.bizhao.packaging.write.PackageWriter;
import cn.bizhao.security.signing.SigningAlgorithm;
import cn.bizhao.security.signing.StationKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way a package can be changed after signing is caught, and named with the right finding. */
class TamperTest {
    private static final StationKey KEY = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);

    @TempDir
    Path folder;
    private Path original;
    private final PackageVerifier verifier = new PackageVerifier(List.of(KEY.certificate()));

    @BeforeEach
    void writePackage() throws IOException {
        original = PackageFixture.sample().write(KEY, folder);
    }

    static Stream<Arguments> flippedFiles() {
        return Stream.of(
                Arguments.of("bagit.txt", FindingCode.TAG_FILE_CHANGED),
                Arguments.of("bag-info.txt", FindingCode.TAG_FILE_CHANGED),
                Arguments.of("manifest-sha256.txt", FindingCode.TAG_FILE_CHANGED),
                Arguments.of("tagmanifest-sha256.txt", FindingCode.SIGNATURE_INVALID),
                Arguments.of("signature.p7s", FindingCode.SIGNATURE_INVALID),
                Arguments.of("data/application.json", FindingCode.PAYLOAD_FILE_CHANGED),
                Arguments.of("data/registration-form.pdf", FindingCode.PAYLOAD_FILE_CHANGED),
                Arguments.of("data/photo.jpg", FindingCode.PAYLOAD_FILE_CHANGED),
                Arguments.of("data/materials/01-id-document/002.jpg", FindingCode.PAYLOAD_FILE_CHANGED),
                Arguments.of("data/materials/03-labour-contract/001.pdf", FindingCode.PAYLOAD_FILE_CHANGED),
                Arguments.of("data/review.json", FindingCode.PAYLOAD_FILE_CHANGED),
                Arguments.of("data/review/evidence/001.jpg", FindingCode.PAYLOAD_FILE_CHANGED));
    }

    @ParameterizedTest
    @MethodSource("flippedFiles")
    void flippedByteInAnyFileIsCaught(String path, FindingCode expected) throws IOException {
        ZipSurgery bag = ZipSurgery.open(original);
        Path tampered = bag.flipByte(path, bag.files().get(path).length / 2).writeTo(folder.resolve("t.zip"));

        assertThat(codes(tampered)).contains(expected);
    }

    @Test
    void flippedByteInTheSignedFormAlsoBreaksItsSignature() throws IOException {
        ZipSurgery bag = ZipSurgery.open(original);
        Path tampered = bag.flipByte("data/registration-form.pdf", 200).writeTo(folder.resolve("t.zip"));

        assertThat(codes(tampered)).contains(FindingCode.PAYLOAD_FILE_CHANGED, FindingCode.PDF_SIGNATURE_INVALID);
    }

    @Test
    void addedPayloadFileIsExtra() throws IOException {
        Path tampered = ZipSurgery.open(original).put("data/materials/01-id-document/003.jpg", PackageFixture.randomBytes(99))
                .writeTo(folder.resolve("t.zip"));

        assertThat(findings(tampered)).contains(
                new Finding(FindingCode.PAYLOAD_FILE_EXTRA, "data/materials/01-id-document/003.jpg", ""));
    }

    @Test
    void addedTopLevelFileIsExtra() throws IOException {
        Path tampered = ZipSurgery.open(original).put("notes.txt", "hello").writeTo(folder.resolve("t.zip"));

        assertThat(findings(tampered)).containsExactly(new Finding(FindingCode.EXTRA_FILE, "notes.txt", ""));
    }

    @Test
    void removedPayloadFileIsMissing() throws IOException {
        Path tampered = ZipSurgery.open(original).remove("data/photo.jpg").writeTo(folder.resolve("t.zip"));

        assertThat(findings(tampered)).contains(new Finding(FindingCode.PAYLOAD_FILE_MISSING, "data/photo.jpg", ""));
        assertThat(codes(tampered)).contains(FindingCode.PAYLOAD_OXUM_MISMATCH);
    }

    @Test
    void removedSignatureIsMissing() throws IOException {
        Path tampered = ZipSurgery.open(original).remove("signature.p7s").writeTo(folder.resolve("t.zip"));

        assertThat(findings(tampered)).containsExactly(new Finding(FindingCode.TAG_FILE_MISSING, "signature.p7s", ""));
    }

    @Test
    void renamedFileIsMissingUnderOneNameAndExtraUnderTheOther() throws IOException {
        Path tampered = ZipSurgery.open(original)
                .rename("data/materials/02-overseas-certificate/001.jpg", "data/materials/02-overseas-certificate/009.jpg")
                .writeTo(folder.resolve("t.zip"));

        assertThat(findings(tampered)).contains(
                new Finding(FindingCode.PAYLOAD_FILE_MISSING, "data/materials/02-overseas-certificate/001.jpg", ""),
                new Finding(FindingCode.PAYLOAD_FILE_EXTRA, "data/materials/02-overseas-certificate/009.jpg", ""));
    }

    @Test
    void editedManifestLineIsCaughtAsChangedManifestAndChangedFile() throws IOException {
        ZipSurgery bag = ZipSurgery.open(original);
        String photoChecksum = PackageFixture.sha256(bag.files().get("data/photo.jpg"));
        String forged = bag.text("manifest-sha256.txt").replace(photoChecksum, "0".repeat(64));
        Path tampered = bag.put("manifest-sha256.txt", forged).writeTo(folder.resolve("t.zip"));

        assertThat(findings(tampered)).extracting(Finding::code, Finding::path).contains(
                tuple(FindingCode.TAG_FILE_CHANGED, "manifest-sha256.txt"),
                tuple(FindingCode.PAYLOAD_FILE_CHANGED, "data/photo.jpg"));
    }

    @Test
    void editedTagManifestBreaksTheSignature() throws IOException {
        ZipSurgery bag = ZipSurgery.open(original);
        Path tampered = bag.put("tagmanifest-sha256.txt", bag.text("tagmanifest-sha256.txt") + "0".repeat(64) + "  x.txt\n")
                .writeTo(folder.resolve("t.zip"));

        assertThat(codes(tampered)).contains(FindingCode.SIGNATURE_INVALID);
    }

    @Test
    void editedPayloadOxumIsCaughtEvenWhenReSigned() throws IOException {
        ZipSurgery bag = ZipSurgery.open(original);
        String edited = bag.text("bag-info.txt").replaceAll("Payload-Oxum: \\d+\\.9", "Payload-Oxum: 1.9");
        Path tampered = bag.put("bag-info.txt", edited).resign(PackageFixture.credentials(KEY)).writeTo(folder.resolve("t.zip"));

        assertThat(codes(tampered)).containsExactly(FindingCode.PAYLOAD_OXUM_MISMATCH);
    }

    @Test
    void signatureSwappedForAnotherKeysIsNotTrusted() throws IOException {
        StationKey other = PackageFixture.newKey(SigningAlgorithm.ECDSA_P256_SHA256);
        Path tampered = ZipSurgery.open(original).resign(PackageFixture.credentials(other)).writeTo(folder.resolve("t.zip"));

        assertThat(codes(tampered)).contains(FindingCode.SIGNER_NOT_TRUSTED, FindingCode.PDF_SIGNER_DIFFERS);
    }

    @Test
    void packageFromAStationNotInTheTrustListIsNotTrusted() {
        VerificationReport report = new PackageVerifier(
                List.of(PackageFixture.key(SigningAlgorithm.RSA_3072_SHA256).certificate())).verify(original);

        assertThat(report.findings()).extracting(Finding::code).containsExactly(FindingCode.SIGNER_NOT_TRUSTED);
    }

    @Test
    void packageSignedWithAnExpiredCertificateIsCaught() throws IOException {
        StationKey expired = PackageFixture.expiredKey();
        Path file = PackageFixture.sample().write(expired, Files.createDirectory(folder.resolve("expired")));

        VerificationReport report = new PackageVerifier(List.of(expired.certificate())).verify(file);

        assertThat(report.findings()).extracting(Finding::code).containsExactly(FindingCode.SIGNER_EXPIRED);
    }

    @Test
    void brokenFormSignatureIsCaughtEvenWhenTheManifestsAreRedone() throws IOException {
        ZipSurgery bag = ZipSurgery.open(original);
        byte[] form = bag.files().get("data/registration-form.pdf");
        Path tampered = bag.flipByte("data/registration-form.pdf", form.length / 3)
                .remanifest(PackageFixture.credentials(KEY)).writeTo(folder.resolve("t.zip"));

        assertThat(codes(tampered)).containsExactly(FindingCode.PDF_SIGNATURE_INVALID);
    }

    @Test
    void unsignedFormIsCaught() throws IOException {
        Path tampered = ZipSurgery.open(original).put("data/registration-form.pdf", PackageFixture.pdf("unsigned"))
                .remanifest(PackageFixture.credentials(KEY)).writeTo(folder.resolve("t.zip"));

        assertThat(codes(tampered)).containsExactly(FindingCode.PDF_SIGNATURE_MISSING);
    }

    @Test
    void unknownFormatVersionIsNamed() throws IOException {
        ZipSurgery bag = ZipSurgery.open(original);
        Path tampered = bag.put("bag-info.txt", bag.text("bag-info.txt").replace("Bizhao-Format: 1", "Bizhao-Format: 2"))
                .resign(PackageFixture.credentials(KEY)).writeTo(folder.resolve("t.zip"));

        assertThat(findings(tampered)).containsExactly(new Finding(FindingCode.UNKNOWN_FORMAT_VERSION, "bag-info.txt", "2"));
    }

    @Test
    void applicationJsonThatNamesAnotherPageIsCaught() throws IOException {
        Path tampered = editedAndReManifested("data/application.json", "materials/01-id-document/002.jpg",
                "materials/01-id-document/005.jpg");

        assertThat(findings(tampered)).containsExactly(
                new Finding(FindingCode.APPLICATION_JSON_MISMATCH, "data/application.json", "materials/01-id-document/005.jpg"));
    }

    @Test
    void reviewJsonThatNamesAnotherEvidencePageIsCaught() throws IOException {
        Path tampered = editedAndReManifested("data/review.json", "review/evidence/001.jpg", "review/evidence/002.jpg");

        assertThat(findings(tampered)).containsExactly(
                new Finding(FindingCode.REVIEW_JSON_MISMATCH, "data/review.json", "review/evidence/002.jpg"));
    }

    @Test
    void unreadableReviewJsonIsNamed() throws IOException {
        Path tampered = editedAndReManifested("data/review.json", "\"opinion\"", "\"remark\"");

        assertThat(codes(tampered)).containsExactly(FindingCode.REVIEW_JSON_INVALID);
    }

    @Test
    void reviewResultWithoutItsReviewIsCaughtEvenWhenReSigned() throws IOException {
        Path result = new PackageWriter(Clock.systemUTC()).write(PackageFixture.sample().content(PackageType.REVIEW_RESULT),
                PackageFixture.credentials(KEY), ExportTarget.plain(Files.createDirectory(folder.resolve("result"))),
                ExportMonitor.NONE);
        Path tampered = ZipSurgery.open(result).remove("data/review.json").remanifest(PackageFixture.credentials(KEY))
                .writeTo(folder.resolve("t.zip"));

        assertThat(findings(tampered)).containsExactly(new Finding(FindingCode.REVIEW_JSON_MISSING, "data/review.json", ""));
    }

    /** The package with a text changed in one file, manifests redone and signed again: only the change is wrong. */
    private Path editedAndReManifested(String path, String text, String replacement) throws IOException {
        ZipSurgery bag = ZipSurgery.open(original);
        return bag.put(path, bag.text(path).replace(text, replacement)).remanifest(PackageFixture.credentials(KEY))
                .writeTo(folder.resolve("t.zip"));
    }

    private List<Finding> findings(Path file) {
        return verifier.verify(file).findings();
    }

    private List<FindingCode> codes(Path file) {
        return findings(file).stream().map(Finding::code).toList();
    }
}
