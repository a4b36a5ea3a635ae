package cn.bizhao.ui.packages;

import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.packages.EncryptionRecipient;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.ExportProgress;
import cn.bizhao.service.packages.ExportRequest;
import cn.bizhao.service.packages.ExportResult;
import cn.bizhao.service.packages.ExportService;
import cn.bizhao.service.packages.KeyService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 导出报送包: the kind of package, the applications that may go into it (all ticked), a folder,
 * no encryption or a recipient from the trust list, then the export off the FX thread with a
 * progress bar and a cancel button. A cancelled export leaves nothing, and says so.
 * Certificates that cannot be recipients are not offered: a note names them with the reason,
 * so nobody wonders where a station went and nobody picks one the export would refuse.
 */
public final class ExportPackagesViewModel {
    private static final int FINGERPRINT_GROUPS_IN_NOTE = 2;

    private final ExportService exports;
    private final User user;
    private final FilePicker picker;
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final Messages messages;
    private final ObservableList<ExportKind> kinds;
    private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<ExportRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.selectedProperty()});
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObservableList<RecipientChoice> recipients = FXCollections.observableArrayList(RecipientChoice.NONE);
    private final ObjectProperty<RecipientChoice> recipient = new SimpleObjectProperty<>(RecipientChoice.NONE);
    private final StringProperty recipientNote = new SimpleStringProperty("");
    private final StringBinding chosenFingerprint;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /** @param uiThread where progress reaches the properties: the FX thread in the window, the caller's in tests */
    public ExportPackagesViewModel(ExportService exports, KeyService keys, User user, FilePicker picker,
                                   TaskRunner tasks, Executor uiThread, Messages messages) {
        this.exports = exports;
        this.user = user;
        this.picker = picker;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.messages = messages;
        this.kinds = FXCollections.observableArrayList(Arrays.stream(ExportKind.values())
                .filter(k -> k.allowedFor(user.roles())).toList());
        this.chosenFingerprint = Bindings.createStringBinding(() -> fingerprintOf(recipient.get()), recipient);
        kind.addListener((obs, old, now) -> reload());
        if (!kinds.isEmpty()) {
            kind.set(kinds.get(0));
            offer(keys.recipients(user));
        }
    }

    /** 不加密 first, then the usable certificates; the others go into the note with their reason. */
    private void offer(List<EncryptionRecipient> trusted) {
        List<EncryptionRecipient> usable = trusted.stream().filter(EncryptionRecipient::usable).toList();
        usable.forEach(r -> recipients.add(RecipientChoice.of(r)));
        List<String> note = new ArrayList<>();
        if (usable.isEmpty()) {
            note.add(messages.get("packages.export.recipient.noneUsable"));
        }
        List<EncryptionRecipient> leftOut = trusted.stream().filter(r -> !r.usable()).toList();
        if (!leftOut.isEmpty()) {
            note.add(messages.get("packages.export.recipient.leftOut"));
            leftOut.forEach(r -> note.add(messages.get("packages.export.recipient.leftOutItem", holder(r),
                    fingerprintStart(r), messages.of(r.refusal().orElseThrow()))));
        }
        recipientNote.set(String.join("\n", note));
    }

    public ObservableList<ExportKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ExportKind> kindProperty() {
        return kind;
    }

    public String kindText(ExportKind value) {
        return value == null ? "" : messages.of(value);
    }

    public ObservableList<ExportRow> rows() {
        return rows;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** 不加密, then every trusted certificate that can be a recipient. */
    public ObservableList<RecipientChoice> recipients() {
        return recipients;
    }

    public ObjectProperty<RecipientChoice> recipientProperty() {
        return recipient;
    }

    /** What the trust list holds that is not offered, and why; empty when everything is offered. */
    public StringProperty recipientNoteProperty() {
        return recipientNote;
    }

    /** The fingerprint of the chosen recipient, to compare on the phone; empty for 不加密. */
    public StringBinding chosenFingerprint() {
        return chosenFingerprint;
    }

    /** The holder of the certificate, or 不加密. */
    public String recipientText(RecipientChoice choice) {
        return choice == null ? "" : choice.certificate().map(ExportPackagesViewModel::holder)
                .orElse(messages.get("packages.export.recipient.none"));
    }

    /** The certificate's SHA-256 fingerprint in groups of four; empty for 不加密. */
    public String fingerprintOf(RecipientChoice choice) {
        return choice == null ? "" : choice.certificate().map(EncryptionRecipient::fingerprint).orElse("");
    }

    private static String holder(EncryptionRecipient certificate) {
        return certificate.station().isEmpty() ? certificate.institution()
                : certificate.institution() + " · " + certificate.station();
    }

    /** Enough of the fingerprint to tell an expired certificate from the station's new one. */
    private static String fingerprintStart(EncryptionRecipient certificate) {
        return Arrays.stream(certificate.fingerprint().split(" ")).limit(FINGERPRINT_GROUPS_IN_NOTE)
                .collect(Collectors.joining(" "));
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Export is possible with a folder, at least one application ticked, and nothing running. */
    public BooleanBinding cannotExport() {
        return Bindings.createBooleanBinding(() -> running.get() || folder.get() == null
                || rows.stream().noneMatch(r -> r.selectedProperty().get()), running, folder, rows);
    }

    public void reload() {
        ExportKind chosen = kind.get();
        rows.setAll(chosen == null ? List.of() : exports.candidates(user, chosen).stream()
                .map(a -> new ExportRow(a.id(), a.acceptanceNo(), a.applicant().name(),
                        Masking.maskDocumentNumber(a.applicant().idNumber()), messages.of(a.status())))
                .toList());
        message.set(rows.isEmpty() ? messages.get("packages.export.noCandidates") : "");
    }

    public void chooseFolder() {
        picker.chooseFolder().ifPresent(folder::set);
    }

    public void export() {
        List<Long> ids = rows.stream().filter(r -> r.selectedProperty().get()).map(ExportRow::applicationId).toList();
        if (ids.isEmpty() || folder.get() == null) {
            message.set(messages.get(ids.isEmpty() ? "packages.export.nothingSelected" : "packages.export.chooseFolder"));
            return;
        }
        cancelRequested.set(false);
        running.set(true);
        progress.set(0);
        message.set(messages.get("packages.export.running", ids.size()));
        Optional<EncryptionRecipient> encryptFor = Optional.ofNullable(recipient.get())
                .flatMap(RecipientChoice::certificate);
        ExportRequest request = new ExportRequest(kind.get(), ids, folder.get(),
                encryptFor.map(EncryptionRecipient::fingerprint));
        tasks.run(() -> exports.export(user, request, new Progress()), result -> done(result, encryptFor),
                this::failed);
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    private void done(ExportResult result, Optional<EncryptionRecipient> encryptedFor) {
        running.set(false);
        progress.set(1);
        reload();
        int count = result.packages().size();
        String to = folder.get().toString();
        String batch = result.batchPdf().getFileName().toString();
        message.set(encryptedFor.map(r -> messages.get("packages.export.doneEncrypted", count, to, batch, holder(r),
                r.fingerprint())).orElseGet(() -> messages.get("packages.export.done", count, to, batch)));
    }

    private void failed(Exception failure) {
        running.set(false);
        progress.set(0);
        message.set(ErrorText.of(failure, messages));
    }

    /** Called on the export's worker thread: hands the fraction done to the UI thread. */
    private final class Progress implements ExportProgress {
        @Override
        public void progress(long done, long total) {
            double fraction = total == 0 ? 1 : (double) done / total;
            uiThread.execute(() -> progress.set(fraction));
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested.get();
        }
    }
}
