package cn.bizhao.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.packages.StationCertificate;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.TaskRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 签名密钥 tab's view model on a real station whose administrator has no key yet. */
class KeysViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path folder;
    private Services services;
    private User admin;
    private final Answers dialogs = new Answers();
    private KeysViewModel model;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        model = new KeysViewModel(admin, services.keys(), dialogs, TaskRunner.direct(), Messages.chinese(), ZoneOffset.UTC);
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void creatingTheKeyShowsItsFingerprintForReadingOut() {
        assertThat(model.hasKeyProperty().get()).isFalse();
        assertThat(model.chosenAlgorithmProperty().get()).isEqualTo(KeyAlgorithm.ECDSA_P256_SHA256);

        model.createOrRenew();

        StationCertificate current = services.keys().current();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.hasKeyProperty().get()).isTrue();
        assertThat(model.fingerprintProperty().get()).isEqualTo(current.fingerprint())
                .matches("[0-9A-F]{4}( [0-9A-F]{4}){15}");
        assertThat(model.subjectProperty().get()).isEqualTo(current.subject());
        assertThat(model.algorithmProperty().get()).isEqualTo("ECDSA P-256 / SHA-256（默认）");
        assertThat(model.noticeProperty().get()).contains(current.fingerprint());
    }

    @Test
    void renewingWithSm2ShowsTheNewCertificate() {
        model.createOrRenew();
        String first = model.fingerprintProperty().get();
        model.chosenAlgorithmProperty().set(KeyAlgorithm.SM2_SM3);

        model.createOrRenew();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.fingerprintProperty().get()).isNotEqualTo(first).isEqualTo(services.keys().current().fingerprint());
        assertThat(model.algorithmProperty().get()).isEqualTo("SM2 / SM3（国密）");
    }

    @Test
    void exportWritesACertificateThatParses() throws Exception {
        model.createOrRenew();
        Path target = folder.resolve("station.pem");
        dialogs.placesToSave.add(target);

        model.exportPem();

        assertThat(model.errorProperty().get()).isEmpty();
        X509Certificate parsed;
        try (InputStream in = Files.newInputStream(target)) {
            parsed = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(parsed.getSubjectX500Principal().getName()).isEqualTo(services.keys().current().subject());
        assertThat(model.noticeProperty().get()).contains(target.toString());
    }

    @Test
    void importedCertificateIsListedAndCanBeRemoved(@TempDir Path otherHome) throws Exception {
        Path pem = folder.resolve("other.pem");
        try (Services other = TestStation.withAdministrator(otherHome)) {
            User otherAdmin = other.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
            other.keys().create(otherAdmin, KeyAlgorithm.DEFAULT);
            Files.writeString(pem, other.keys().exportPem(otherAdmin));
        }
        dialogs.filesToOpen.add(List.of(pem));

        model.importTrusted();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.trusted()).hasSize(1);
        StationCertificate trusted = model.trusted().get(0);
        assertThat(model.validityText(trusted)).matches("\\d{4}-\\d{2}-\\d{2} 至 \\d{4}-\\d{2}-\\d{2}");

        model.remove(trusted);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.trusted()).isEmpty();
        assertThat(services.keys().trusted(admin)).isEmpty();
    }

    /** Dialogs answered by the test. */
    private static final class Answers implements DialogService {
        final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
        final Deque<Path> placesToSave = new ArrayDeque<>();

        @Override
        public void showError(String message) {
        }

        @Override
        public boolean confirm(String message, String action) {
            throw new AssertionError("no confirmation expected: " + message);
        }

        @Override
        public void showInformation(String message) {
        }

        @Override
        public List<Path> chooseFilesToOpen(String title, FileType type) {
            return filesToOpen.isEmpty() ? List.of() : filesToOpen.poll();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            return Optional.ofNullable(placesToSave.poll());
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }
    }
}
