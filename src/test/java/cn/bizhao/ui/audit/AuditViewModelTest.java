package cn.bizhao.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit screen's state, without a scene: filter, chain state and export. */
class AuditViewModelTest {
    @TempDir
    Path home;
    private Services services;
    private AuditViewModel model;
    private Optional<Path> chosenFile = Optional.empty();

    @BeforeEach
    void open() {
        services = TestStation.withAdministrator(home);
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        DialogService dialogs = new DialogService() {
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
                return List.of();
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
                return chosenFile;
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }
        };
        model = new AuditViewModel(admin, services.audit(), dialogs, TaskRunner.direct(), Messages.chinese());
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsTheRecentTrailWithAnIntactChain() {
        assertThat(model.rows()).extracting(AuditRow::action).containsExactly("登录");
        assertThat(model.chainBrokenProperty().get()).isFalse();
        assertThat(model.chainTextProperty().get()).startsWith("日志链完整");
        assertThat(model.actors()).containsExactly(null, TestStation.ADMIN);
    }

    @Test
    void filtersByAction() {
        model.actionProperty().set(AuditAction.USER_CHANGED);
        model.search();

        assertThat(model.rows()).isEmpty();
        assertThat(model.countTextProperty().get()).isEqualTo("共 0 条记录");
    }

    @Test
    void exportsWhatTheFilterSelects() throws IOException {
        chosenFile = Optional.of(home.resolve("trail.csv"));

        model.export();

        assertThat(Files.readAllLines(chosenFile.get(), StandardCharsets.UTF_8)).hasSize(2);
        assertThat(model.noticeProperty().get()).startsWith("已导出 1 条记录");
        assertThat(model.rows()).extracting(AuditRow::action).containsExactly("登录", "导出操作日志");
    }

    @Test
    void aCancelledExportWritesNothing() {
        model.export();

        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.rows()).hasSize(1);
    }
}
