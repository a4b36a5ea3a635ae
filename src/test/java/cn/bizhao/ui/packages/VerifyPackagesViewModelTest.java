package cn.bizhao.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.service.packages.VerifyService;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyPackagesViewModelTest {
    @TempDir
    Path folder;

    private static FilePicker picking(Path... files) {
        return new FilePicker() {
            @Override
            public List<Path> choosePackages() {
                return List.of(files);
            }

            @Override
            public Optional<Path> chooseFolder() {
                return Optional.empty();
            }
        };
    }

    @Test
    void aFileThatIsNoPackageIsOneProblemInChinese() throws Exception {
        Path notAPackage = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        // this test never imports: no user, no import service
        VerifyPackagesViewModel model = new VerifyPackagesViewModel(null, VerifyService.withTrust(folder), null,
                picking(notAPackage), TaskRunner.direct(), Messages.chinese());

        model.choose();

        assertThat(model.rows()).hasSize(1);
        assertThat(model.rows().get(0).valid()).isFalse();
        assertThat(model.canImport(model.rows().get(0))).isFalse();
        assertThat(model.rows().get(0).text()).startsWith("不是有效的报送包");
        assertThat(model.summaryProperty().get()).isEqualTo("共 1 个报送包：0 个通过，1 个未通过。");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aReviewPackageThatHeldIsImportedAsAnApplication(@TempDir Path counterHome, @TempDir Path reviewerHome)
            throws Exception {
        try (Services counter = PackageStations.withKey(counterHome);
             Services reviewer = PackageStations.withKey(reviewerHome)) {
            PackageStations.exchangeCertificates(counter, reviewer, folder);
            Application sent = PackageStations.accepted(counter);
            Path file = PackageStations.exportOne(counter, ExportKind.REVIEW, sent.id(), folder);
            VerifyPackagesViewModel model = reviewerModel(reviewer, file);
            model.choose();
            VerifyRow row = model.rows().get(0);
            assertThat(model.canImport(row)).isTrue();

            model.importPackage(row);

            long imported = reviewer.intake().list(null).get(0).id();
            assertThat(model.importFailedProperty().get()).isFalse();
            assertThat(model.importOutcomeProperty().get()).isEqualTo("已导入为只读申请：受理编号 " + sent.acceptanceNo()
                    + "（本站记录 " + imported + "），当前状态“已受理”。");
            assertThat(model.busyProperty().get()).isFalse();
        }
    }

    @Test
    void importingTheSamePackageAgainSaysItWasImportedBefore(@TempDir Path counterHome, @TempDir Path reviewerHome)
            throws Exception {
        try (Services counter = PackageStations.withKey(counterHome);
             Services reviewer = PackageStations.withKey(reviewerHome)) {
            PackageStations.exchangeCertificates(counter, reviewer, folder);
            Path file = PackageStations.exportOne(counter, ExportKind.REVIEW, PackageStations.accepted(counter).id(), folder);
            VerifyPackagesViewModel model = reviewerModel(reviewer, file);
            model.choose();
            model.importPackage(model.rows().get(0));

            model.importPackage(model.rows().get(0));

            assertThat(model.importOutcomeProperty().get()).startsWith("该报送包此前已导入，未作任何更改：");
            assertThat(reviewer.intake().list(null)).hasSize(1);
        }
    }

    @Test
    void aPackageChangedAfterVerifyingIsRefusedWithItsProblems(@TempDir Path counterHome, @TempDir Path reviewerHome)
            throws Exception {
        try (Services counter = PackageStations.withKey(counterHome);
             Services reviewer = PackageStations.withKey(reviewerHome)) {
            PackageStations.exchangeCertificates(counter, reviewer, folder);
            Path file = PackageStations.exportOne(counter, ExportKind.REVIEW, PackageStations.accepted(counter).id(), folder);
            VerifyPackagesViewModel model = reviewerModel(reviewer, file);
            model.choose();
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x01;
            Files.write(file, bytes);

            model.importPackage(model.rows().get(0));

            assertThat(model.importFailedProperty().get()).isTrue();
            assertThat(model.importOutcomeProperty().get()).contains("未通过校验").contains("未导入");
            assertThat(model.rows()).isNotEmpty().allMatch(r -> !r.valid());
            assertThat(reviewer.intake().list(null)).isEmpty();
        }
    }

    private static VerifyPackagesViewModel reviewerModel(Services reviewer, Path file) {
        return new VerifyPackagesViewModel(PackageStations.admin(reviewer), reviewer.verifier(), reviewer.imports(),
                picking(file), TaskRunner.direct(), Messages.chinese());
    }
}
