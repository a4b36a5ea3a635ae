package cn.bizhao.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
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

    @Test
    void aFileThatIsNoPackageIsOneProblemInChinese() throws Exception {
        Path notAPackage = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        FilePicker picker = new FilePicker() {
            @Override
            public List<Path> choosePackages() {
                return List.of(notAPackage);
            }

            @Override
            public Optional<Path> chooseFolder() {
                return Optional.empty();
            }
        };
        VerifyPackagesViewModel model = new VerifyPackagesViewModel(VerifyService.withTrust(folder), picker,
                TaskRunner.direct(), Messages.chinese());

        model.choose();

        assertThat(model.rows()).hasSize(1);
        assertThat(model.rows().get(0).valid()).isFalse();
        assertThat(model.rows().get(0).text()).startsWith("不是有效的报送包");
        assertThat(model.summaryProperty().get()).isEqualTo("共 1 个报送包：0 个通过，1 个未通过。");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
