package cn.bizhao.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 备份 tab without a screen: the folder chosen, the passphrase typed twice, each step shown. */
class BackupViewModelTest {
    private static final String PASSPHRASE = "bei fen kou ling 2024";

    @TempDir
    Path home;
    @TempDir
    Path stick;
    private final Messages messages = Messages.chinese();
    private final ChosenFiles dialogs = new ChosenFiles();
    private final List<String> stepsShown = new ArrayList<>();
    private Services services;
    private User admin;
    private BackupViewModel model;

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        model = new BackupViewModel(admin, services.backups(), dialogs, TaskRunner.direct(), Runnable::run, messages,
                ZoneId.of("Asia/Shanghai"));
        model.stepProperty().addListener((observable, was, step) -> stepsShown.add(step));
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> entries = Files.list(stick)) {
            return entries.toList();
        }
    }

    @Test
    void saysNoBackupWasMadeYet() {
        assertThat(model.lastBackupProperty().get()).isEqualTo("本工作站尚未做过备份。");
    }

    @Test
    void backsUpIntoTheChosenFolderShowingEachStepAndThenTheLastBackup() throws IOException {
        dialogs.folder = stick;
        model.chooseFolder();
        model.passphraseProperty().set(PASSPHRASE);
        model.repeatedProperty().set(PASSPHRASE);

        model.backUp();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(backups()).singleElement().satisfies(folder -> {
            assertThat(model.noticeProperty().get()).startsWith("备份完成：" + folder);
            assertThat(model.lastBackupProperty().get()).startsWith("上次备份：").endsWith("位置 " + folder);
        });
        assertThat(stepsShown).contains("正在备份数据库…", "正在用备份口令加密数据库密钥…");
        assertThat(model.stepProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.repeatedProperty().get()).isEmpty();
    }

    @Test
    void asksForAFolderFirst() throws IOException {
        model.passphraseProperty().set(PASSPHRASE);
        model.repeatedProperty().set(PASSPHRASE);

        model.backUp();

        assertThat(model.errorProperty().get()).isEqualTo("请先选择备份位置。");
        assertThat(backups()).isEmpty();
    }

    @Test
    void explainsAPassphraseThatIsTooShort() throws IOException {
        model.folderProperty().set(stick.toString());
        model.passphraseProperty().set("short");
        model.repeatedProperty().set("short");

        model.backUp();

        assertThat(model.errorProperty().get()).startsWith("备份口令太短：至少要 12 个字符");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(backups()).isEmpty();
    }
}
