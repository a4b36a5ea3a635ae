package cn.bizhao.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.review.Review;
import cn.bizhao.packaging.PackageFixture.Sample;
import cn.bizhao.packaging.crypt.PackageEncryption;
import cn.bizhao.packaging.extract.ExtractedPackage;
import cn.bizhao.packaging.extract.PackageImporter;
import cn.bizhao.packaging.json.ReviewJson;
import cn.bizhao.packaging.verify.FindingCode;
import cn.bizhao.packaging.verify.PackageVerifier;
import cn.bizhao.packaging.verify.VerificationReport;
import cn.bizhao.packaging.write.ExportCancelledException;
import cn.bizhao.packaging.write.ExportMonitor;
import cn.bizhao.packaging.write.ExportTarget;
import cn.bizhao.packaging.write.PackageContent;
import cn.bizhao.packaging.write.PackageWriter;
import cn.bizhao.packaging.zip.ZipLimits;
import cn.bizhao.security.signing.SigningAlgorithm;
import cn.bizhao.security.signing.StationKey;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PackageRoundTripTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void packageSignedWithEachAlgorithmVerifiesWithNoFinding(SigningAlgorithm algorithm) throws IOException {
        StationKey key = PackageFixture.key(algorithm);
        Path file = PackageFixture.sample().write(key, folder);

        VerificationReport report = new PackageVerifier(List.of(key.certificate())).verify(file);

        assertThat(report.findings()).isEmpty();
        assertThat(report.acceptanceNo()).isEqualTo(PackageFixture.ACCEPTANCE_NO);
        assertThat(report.packageType()).isEqualTo("submission");
        assertThat(report.signer().subject()).contains("Counter 1");
    }

    @Test
    void packageHoldsTheLayoutOfFormatOne() throws IOException {
        Path file = PackageFixture.sample().write(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256), folder);

        assertThat(file.getFileName().toString()).isEqualTo("GX2024-000123-submission.zip");
        assertThat(ZipSurgery.open(file).files().keySet()).containsExactlyInAnyOrder(
                "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "signature.p7s",
                "data/application.json", "data/review.json", "data/registration-form.pdf", "data/photo.jpg",
                "data/materials/01-id-document/001.jpg", "data/materials/01-id-document/002.jpg",
                "data/materials/02-overseas-certificate/001.jpg", "data/materials/03-labour-contract/001.pdf",
                "data/review/evidence/001.jpg");
    }

    @Test
    void aPackageForAReviewerCarriesNoReview() throws IOException {
        StationKey key = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        Path file = new PackageWriter(Clock.systemUTC()).write(PackageFixture.sample().content(PackageType.REVIEW),
                PackageFixture.credentials(key), ExportTarget.plain(folder), ExportMonitor.NONE);

        assertThat(ZipSurgery.open(file).files().keySet()).noneMatch(name -> name.contains("review"));
        assertThat(new PackageVerifier(List.of(key.certificate())).verify(file).findings()).isEmpty();
    }

    @Test
    void aReviewResultWithoutTheReviewIsNotWritten() {
        Sample sample = PackageFixture.sample();
        PackageContent withoutReview = new PackageContent(PackageType.REVIEW_RESULT, "x", sample.application(),
                () -> new ByteArrayInputStream(sample.form()), () -> new ByteArrayInputStream(sample.photo()),
                page -> new ByteArrayInputStream(sample.pages().get(page.id())));

        assertThatThrownBy(() -> new PackageWriter(Clock.systemUTC()).write(withoutReview,
                PackageFixture.credentials(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256)),
                ExportTarget.plain(folder), ExportMonitor.NONE))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "packaging.export.reviewMissing");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void bagInfoNamesTheApplicationTypeFormatAndCatalogue() throws IOException {
        Path file = PackageFixture.sample().write(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256), folder);

        assertThat(ZipSurgery.open(file).text("bag-info.txt"))
                .contains("Source-Organization: Guangxi Test Recognition Centre\n", "External-Identifier: GX2024-000123\n",
                        "Bizhao-Package-Type: submission\n", "Bizhao-Format: 1\n", "Bizhao-Catalog-Version: 2024\n")
                .containsPattern("Bagging-Date: \\d{4}-\\d{2}-\\d{2}\n")
                .containsPattern("Payload-Oxum: \\d+\\.9\n");
    }

    @Test
    void importGivesBackTheSameApplicationAndPages() throws IOException {
        StationKey key = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        Sample sample = PackageFixture.sample();
        Path file = sample.write(key, folder);
        PackageImporter importer = new PackageImporter(new PackageVerifier(List.of(key.certificate())), ZipLimits.DEFAULT);

        try (ExtractedPackage extracted = importer.extract(file, Optional.empty(), folder.resolve("work"))) {
            assertThat(extracted.application()).isEqualTo(sample.application());
            assertThat(extracted.payloadFile("materials/03-labour-contract/001.pdf")).hasBinaryContent(sample.pages().get(4L));
            assertThat(extracted.payloadFile("photo.jpg")).hasBinaryContent(sample.photo());
            assertThat(extracted.packageId()).hasSize(64);
            Review review = ReviewJson.toReview(extracted.review().orElseThrow(), 42);
            assertThat(review).usingRecursiveComparison().ignoringFields("verification.evidence.id", "conclusion.id")
                    .isEqualTo(sample.review());
            assertThat(extracted.payloadFile("review/evidence/001.jpg")).hasBinaryContent(sample.pages().get(5L));
        }
        assertThat(folder.resolve("work")).isEmptyDirectory();
    }

    @Test
    void samePackageImportedTwiceHasTheSameId() throws IOException {
        StationKey key = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        Path file = PackageFixture.sample().write(key, folder);
        PackageImporter importer = new PackageImporter(new PackageVerifier(List.of(key.certificate())), ZipLimits.DEFAULT);

        try (ExtractedPackage first = importer.extract(file, Optional.empty(), folder.resolve("a"));
             ExtractedPackage second = importer.extract(file, Optional.empty(), folder.resolve("b"))) {
            assertThat(first.packageId()).isEqualTo(second.packageId());
        }
    }

    @ParameterizedTest
    @EnumSource(value = SigningAlgorithm.class, names = {"ECDSA_P256_SHA256", "RSA_3072_SHA256"})
    void encryptedPackageOpensWithTheRecipientKeyOnly(SigningAlgorithm recipientAlgorithm) throws IOException {
        StationKey sender = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        StationKey recipient = PackageFixture.key(recipientAlgorithm);
        Path file = new PackageWriter(Clock.systemUTC()).write(PackageFixture.sample().content(PackageType.REVIEW),
                PackageFixture.credentials(sender), ExportTarget.encrypted(folder, recipient.certificate()), ExportMonitor.NONE);
        PackageVerifier verifier = new PackageVerifier(List.of(sender.certificate()));

        assertThat(file.getFileName().toString()).isEqualTo("GX2024-000123-review.zip.p7m");
        assertThat(PackageEncryption.isEncrypted(file)).isTrue();
        assertThat(verifier.verify(file, Optional.of(PackageFixture.credentials(recipient))).findings()).isEmpty();
        assertThat(verifier.verify(file).findings()).extracting("code").containsExactly(FindingCode.ENCRYPTED_NO_KEY);
    }

    @Test
    void decryptingWithAnotherStationsKeyIsAFinding() throws IOException {
        StationKey sender = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        StationKey recipient = PackageFixture.key(SigningAlgorithm.RSA_3072_SHA256);
        StationKey stranger = PackageFixture.newKey(SigningAlgorithm.RSA_3072_SHA256);
        Path file = new PackageWriter(Clock.systemUTC()).write(PackageFixture.sample().content(PackageType.REVIEW),
                PackageFixture.credentials(sender), ExportTarget.encrypted(folder, recipient.certificate()), ExportMonitor.NONE);

        VerificationReport report = new PackageVerifier(List.of(sender.certificate()))
                .verify(file, Optional.of(PackageFixture.credentials(stranger)));

        assertThat(report.findings()).extracting("code").containsExactly(FindingCode.NOT_FOR_THIS_STATION);
    }

    @Test
    void decryptingWithTheRightCertificateButAnotherKeyIsAFinding() throws IOException {
        StationKey sender = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        StationKey recipient = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        StationKey stranger = PackageFixture.newKey(SigningAlgorithm.ECDSA_P256_SHA256);
        Path file = new PackageWriter(Clock.systemUTC()).write(PackageFixture.sample().content(PackageType.REVIEW),
                PackageFixture.credentials(sender), ExportTarget.encrypted(folder, recipient.certificate()), ExportMonitor.NONE);

        VerificationReport report = new PackageVerifier(List.of(sender.certificate())).verify(file,
                Optional.of(new StationCredentials(stranger.privateKey(), recipient.certificate())));

        assertThat(report.findings()).extracting("code").containsExactly(FindingCode.DECRYPTION_FAILED);
    }

    @Test
    void cancelledExportLeavesNoFile() throws IOException {
        Sample sample = PackageFixture.sample();
        ExportMonitor cancelAtOnce = new ExportMonitor() {
            @Override
            public void progress(long done, long total) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new PackageWriter(Clock.systemUTC()).write(sample.content(PackageType.SUBMISSION),
                PackageFixture.credentials(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256)),
                ExportTarget.plain(folder), cancelAtOnce)).isInstanceOf(ExportCancelledException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void storedPageThatChangedStopsTheExportAndLeavesNoFile() {
        Sample sample = PackageFixture.sample();
        sample.pages().put(2L, PackageFixture.jpeg(Color.BLACK));

        assertThatThrownBy(() -> sample.write(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256), folder))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "packaging.export.storedFileChanged");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void failingPageSourceLeavesNoFile() {
        Sample sample = PackageFixture.sample();
        assertThatThrownBy(() -> new PackageWriter(Clock.systemUTC()).write(
                new PackageContent(PackageType.SUBMISSION, "x", sample.application(),
                        () -> new ByteArrayInputStream(sample.form()), () -> new ByteArrayInputStream(sample.photo()),
                        page -> {
                            throw new IOException("disk gone");
                        }),
                PackageFixture.credentials(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256)),
                ExportTarget.plain(folder), ExportMonitor.NONE)).isInstanceOf(IOException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void formMadeOnAnotherThreadWhileTheScansStreamGivesAPackageThatVerifies() throws IOException {
        StationKey key = PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256);
        ExecutorService formWork = Executors.newSingleThreadExecutor();
        try {
            Path file = new PackageWriter(Clock.systemUTC(), formWork).write(
                    PackageFixture.sample().content(PackageType.SUBMISSION), PackageFixture.credentials(key),
                    ExportTarget.plain(folder), ExportMonitor.NONE);

            assertThat(new PackageVerifier(List.of(key.certificate())).verify(file).findings()).isEmpty();
        } finally {
            formWork.shutdown();
        }
    }

    @Test
    void formThatCannotBeMadeOnAnotherThreadStopsTheExportWithItsOwnReasonAndLeavesNoFile() {
        Sample sample = PackageFixture.sample();
        ExecutorService formWork = Executors.newSingleThreadExecutor();
        try {
            assertThatThrownBy(() -> new PackageWriter(Clock.systemUTC(), formWork).write(
                    new PackageContent(PackageType.SUBMISSION, "x", sample.application(),
                            () -> {
                                throw new DomainException("document.error.unprintableCharacter", "?");
                            },
                            () -> new ByteArrayInputStream(sample.photo()),
                            page -> new ByteArrayInputStream(sample.pages().get(page.id()))),
                    PackageFixture.credentials(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256)),
                    ExportTarget.plain(folder), ExportMonitor.NONE))
                    .isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "document.error.unprintableCharacter");
            assertThat(folder).isEmptyDirectory();
        } finally {
            formWork.shutdown();
        }
    }

    @Test
    void progressReachesTheTotalOfScanBytes() throws IOException {
        Sample sample = PackageFixture.sample();
        long total = sample.application().materials().stream().flatMap(m -> m.pages().stream())
                .mapToLong(Page::size).sum();
        long[] last = new long[2];
        ExportMonitor monitor = new ExportMonitor() {
            @Override
            public void progress(long done, long all) {
                last[0] = done;
                last[1] = all;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new PackageWriter(Clock.systemUTC()).write(sample.content(PackageType.SUBMISSION),
                PackageFixture.credentials(PackageFixture.key(SigningAlgorithm.ECDSA_P256_SHA256)),
                ExportTarget.plain(folder), monitor);

        assertThat(last).containsExactly(total, total);
        assertThat(Files.list(folder).count()).isEqualTo(1);
    }
}
