package cn.bizhao.ui.packages;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.packages.PackageCheck;
import cn.bizhao.service.packages.PackageProblem;
import cn.bizhao.service.packages.VerifyService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 校验报送包: choose package files, verify them against the station's trust list, and list what
 * was found, package by package and problem by problem, in Chinese.
 */
public final class VerifyPackagesViewModel {
    private final VerifyService verifier;
    private final FilePicker picker;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<VerifyRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public VerifyPackagesViewModel(VerifyService verifier, FilePicker picker, TaskRunner tasks, Messages messages) {
        this.verifier = verifier;
        this.picker = picker;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ObservableList<VerifyRow> rows() {
        return rows;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Asks for package files, then verifies them. */
    public void choose() {
        List<Path> files = picker.choosePackages();
        if (!files.isEmpty()) {
            verify(files);
        }
    }

    public void verify(List<Path> files) {
        busy.set(true);
        summary.set(messages.get("packages.verify.running", files.size()));
        tasks.run(() -> verifier.verify(files), this::show, failure -> {
            busy.set(false);
            rows.clear();
            summary.set(ErrorText.of(failure, messages));
        });
    }

    private void show(List<PackageCheck> checks) {
        List<VerifyRow> shown = new ArrayList<>();
        for (PackageCheck check : checks) {
            String file = Path.of(check.file()).getFileName().toString();
            if (check.valid()) {
                shown.add(new VerifyRow(file, true, messages.get("packages.verify.validText", check.acceptanceNo(),
                        check.packageType(), check.signerSubject(), check.signerFingerprintForReading())));
            }
            for (PackageProblem problem : check.problems()) {
                shown.add(new VerifyRow(file, false, problem.text(messages)));
            }
        }
        rows.setAll(shown);
        long valid = checks.stream().filter(PackageCheck::valid).count();
        summary.set(messages.get("packages.verify.summary", checks.size(), valid, checks.size() - valid));
        busy.set(false);
    }

    /** The verdict word of the result column. */
    public String resultText(VerifyRow row) {
        return messages.get(row.valid() ? "packages.verify.valid" : "packages.verify.invalid");
    }
}
