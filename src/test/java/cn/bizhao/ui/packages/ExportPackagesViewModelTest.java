package cn.bizhao.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.ImportOutcome;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.packages.PackageCheck;
import cn.bizhao.service.packages.PackageProblem;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.service.packages.RecipientRefusal;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.TaskRunner;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPackagesViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path folder;
    private Services services;
    private User admin;

    @BeforeEach
    void open() {
        services = PackageStations.withKey(home);
        admin = PackageStations.admin(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ExportPackagesViewModel model() {
        FilePicker picker = new FilePicker() {
            @Override
            public List<Path> choosePackages() {
                return List.of();
            }

            @Override
            public Optional<Path> chooseFolder() {
                return Optional.of(folder);
            }
        };
        return new ExportPackagesViewModel(services.exports(), services.keys(), admin, picker, TaskRunner.direct(),
                Runnable::run, Messages.chinese());
    }

    private List<Path> folderContents() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void offersTheAcceptedApplicationsForReviewAllTickedAndExportsThem() throws Exception {
        Application application = PackageStations.accepted(services);
        ExportPackagesViewModel model = model();
        model.kindProperty().set(ExportKind.REVIEW);

        assertThat(model.rows()).extracting(ExportRow::acceptanceNo).containsExactly(application.acceptanceNo());
        assertThat(model.cannotExport().get()).isTrue();
        model.chooseFolder();
        assertThat(model.cannotExport().get()).isFalse();
        model.export();

        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.messageProperty().get()).startsWith("已导出 1 个报送包");
        assertThat(folderContents()).hasSize(3);
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(model.rows()).extracting(ExportRow::status).containsExactly("审核中");
    }

    @Test
    void untickingEveryApplicationDisablesTheExport() {
        PackageStations.accepted(services);
        ExportPackagesViewModel model = model();
        model.kindProperty().set(ExportKind.REVIEW);
        model.chooseFolder();

        model.rows().forEach(r -> r.selectedProperty().set(false));

        assertThat(model.cannotExport().get()).isTrue();
    }

    @Test
    void cancellingLeavesNothingAndSaysSo() throws Exception {
        byte[] scan = new byte[2 << 20];
        new Random(3).nextBytes(scan);
        Application application = PackageStations.accepted(services, List.of(scan));
        ExportPackagesViewModel model = model();
        model.kindProperty().set(ExportKind.REVIEW);
        model.chooseFolder();
        model.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0.3) {
                model.cancel();
            }
        });

        model.export();

        assertThat(model.messageProperty().get()).isEqualTo(Messages.chinese().get("packaging.export.cancelled"));
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(folderContents()).isEmpty();
        assertThat(services.intake().find(application.id()).status()).isEqualTo(ApplicationStatus.ACCEPTED);
    }

    private static X509Certificate certificateOf(Services station) throws Exception {
        byte[] pem = station.keys().exportPem(PackageStations.admin(station)).getBytes(StandardCharsets.US_ASCII);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
    }

    @Test
    void withNothingTrustedOffersOnlyNoEncryptionAndSaysHowToGetARecipient() {
        ExportPackagesViewModel model = model();

        assertThat(model.recipients()).containsExactly(RecipientChoice.NONE);
        assertThat(model.recipientProperty().get()).isEqualTo(RecipientChoice.NONE);
        assertThat(model.recipientText(RecipientChoice.NONE)).isEqualTo("不加密");
        assertThat(model.chosenFingerprint().get()).isEmpty();
        assertThat(model.recipientNoteProperty().get())
                .isEqualTo(Messages.chinese().get("packages.export.recipient.noneUsable"));
    }

    @Test
    void anSm2CertificateIsNotOfferedAndTheNoteSaysWhy(@TempDir Path sm2Home, @TempDir Path stick) throws Exception {
        String fingerprint;
        try (Services sm2Station = TestStation.withAdministrator(sm2Home)) {
            fingerprint = sm2Station.keys().create(PackageStations.admin(sm2Station), KeyAlgorithm.SM2_SM3).fingerprint();
            services.keys().trust(admin, Files.writeString(stick.resolve("sm2.pem"),
                    sm2Station.keys().exportPem(PackageStations.admin(sm2Station))));
        }

        ExportPackagesViewModel model = model();

        Messages messages = Messages.chinese();
        assertThat(model.recipients()).containsExactly(RecipientChoice.NONE);
        assertThat(model.recipientNoteProperty().get()).isEqualTo(String.join("\n",
                messages.get("packages.export.recipient.noneUsable"),
                messages.get("packages.export.recipient.leftOut"),
                "• 测试职业技能评价中心 · 测试窗口（指纹 " + fingerprint.substring(0, 9) + " …）："
                        + messages.of(RecipientRefusal.SM2_KEY)));
    }

    @Test
    void encryptsForTheChosenRecipientWhoseStationAloneOpensVerifiesAndImportsThePackage(
            @TempDir Path reviewerHome, @TempDir Path stick) throws Exception {
        try (Services reviewer = PackageStations.withKey(reviewerHome)) {
            PackageStations.exchangeCertificates(services, reviewer, stick);
            Application application = PackageStations.accepted(services);
            String reviewerFingerprint = reviewer.keys().current().fingerprint();
            ExportPackagesViewModel model = model();
            model.kindProperty().set(ExportKind.REVIEW);
            model.chooseFolder();

            assertThat(model.recipients()).extracting(model::fingerprintOf).containsExactly("", reviewerFingerprint);
            model.recipientProperty().set(model.recipients().get(1));
            assertThat(model.chosenFingerprint().get()).isEqualTo(reviewerFingerprint);
            model.export();

            Path file = folder.resolve(application.acceptanceNo() + "-review.zip.p7m");
            assertThat(folderContents()).contains(file).hasSize(3);
            JcaX509CertificateHolder reviewerCertificate = new JcaX509CertificateHolder(certificateOf(reviewer));
            CMSEnvelopedData envelope = new CMSEnvelopedData(Files.readAllBytes(file));
            assertThat(envelope.toASN1Structure().getContentType()).isEqualTo(CMSObjectIdentifiers.envelopedData);
            assertThat(envelope.getEncryptionAlgOID()).isEqualTo(CMSAlgorithm.AES256_CBC.getId());
            assertThat(envelope.getRecipientInfos().getRecipients()).singleElement()
                    .matches(r -> r.getRID().match(reviewerCertificate), "addressed to the reviewer's certificate");
            assertThat(services.verifier().verify(file).problems()).extracting(PackageProblem::code)
                    .containsExactly("NOT_FOR_THIS_STATION");
            PackageCheck atReviewer = reviewer.verifier().verify(file);
            assertThat(atReviewer.valid()).isTrue();
            assertThat(atReviewer.acceptanceNo()).isEqualTo(application.acceptanceNo());
            assertThat(reviewer.imports().importPackage(PackageStations.admin(reviewer), file).outcome())
                    .isEqualTo(ImportOutcome.APPLICATION_CREATED);
            assertThat(model.messageProperty().get()).startsWith("已导出 1 个报送包")
                    .contains("已加密给 测试职业技能评价中心 · 测试窗口（证书指纹 " + reviewerFingerprint + "）");
        }
    }
}
