package cn.bizhao.ui.packages;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.packages.ImportResult;
import cn.bizhao.service.packages.ImportService;
import cn.bizhao.service.packages.PackageCheck;
import cn.bizhao.service.packages.PackageProblem;
import cn.bizhao.service.packages.PackageRefused;
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
 * was found, package by package and problem by problem, in Chinese; import a package that held.
 */
public final class VerifyPackagesViewModel {
    private final User user;
    private final VerifyService verifier;
    private final ImportService importer;
    private final FilePicker picker;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<VerifyRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty importOutcome = new SimpleStringProperty("");
    private final BooleanProperty importFailed = new SimpleBooleanProperty(false);

    public VerifyPackagesViewModel(User user, VerifyService verifier, ImportService importer, FilePicker picker,
                                   TaskRunner tasks, Messages messages) {
        this.user = user;
        this.verifier = verifier;
        this.importer = importer;
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

    /** What the last import did, or why it did not. */
    public StringProperty importOutcomeProperty() {
        return importOutcome;
    }

    /** True when the last import was refused or failed, to show its outcome as an error. */
    public BooleanProperty importFailedProperty() {
        return importFailed;
    }

    /** Only a package that verified without problems is offered for import. */
    public boolean canImport(VerifyRow row) {
        return row != null && row.valid();
    }

    /**
     * Imports the package of a row that held: as which application, already imported, or
     * refused, in which case the package's rows become the problems found on import.
     */
    public void importPackage(VerifyRow row) {
        if (!canImport(row)) {
            return;
        }
        Path file = row.path();
        busy.set(true);
        importOutcome.set("");
        importFailed.set(false);
        tasks.run(() -> importer.importPackage(user, file), this::imported, failure -> {
            busy.set(false);
            importFailed.set(true);
            importOutcome.set(ErrorText.of(failure, messages));
            if (failure instanceof PackageRefused refused) {
                showProblems(file, refused.check());
            }
        });
    }

    private void imported(ImportResult result) {
        busy.set(false);
        importOutcome.set(messages.get("packages.verify.imported", result.outcome(), result.acceptanceNo(),
                result.applicationId(), result.status()));
    }

    private void showProblems(Path file, PackageCheck check) {
        String name = file.getFileName().toString();
        List<VerifyRow> shown = new ArrayList<>();
        for (VerifyRow row : rows) {
            if (row.path().equals(file)) {
                if (shown.stream().noneMatch(r -> r.path().equals(file))) {
                    check.problems().forEach(p -> shown.add(new VerifyRow(file, name, false, p.text(messages))));
                }
            } else {
                shown.add(row);
            }
        }
        rows.setAll(shown);
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
        importOutcome.set("");
        importFailed.set(false);
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
            Path path = Path.of(check.file());
            String file = path.getFileName().toString();
            if (check.valid()) {
                shown.add(new VerifyRow(path, file, true, messages.get("packages.verify.validText", check.acceptanceNo(),
                        check.packageType(), check.signerSubject(), check.signerFingerprintForReading())));
            }
            for (PackageProblem problem : check.problems()) {
                shown.add(new VerifyRow(path, file, false, problem.text(messages)));
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
