package cn.bizhao.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
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
        return new ExportPackagesViewModel(services.exports(), admin, picker, TaskRunner.direct(), Runnable::run,
                Messages.chinese());
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
}
