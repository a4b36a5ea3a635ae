package cn.bizhao.ui.certificate;

import cn.bizhao.domain.certificate.IssuedCertificate;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.certificate.CertificateService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.Busy;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 证书登记: the register of issued certificates, searched and saved as PDF. */
public final class CertificatesViewModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<CertificateRow> rows = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User supervisor;
    private final CertificateService certificates;
    private final Busy tasks;
    private final Messages messages;

    public CertificatesViewModel(User supervisor, CertificateService certificates, TaskRunner tasks, Messages messages) {
        this.supervisor = supervisor;
        this.certificates = certificates;
        this.tasks = new Busy(tasks);
        this.messages = messages;
    }

    public void search() {
        String t = text.get();
        LocalDate f = from.get();
        LocalDate e = to.get();
        error.set("");
        tasks.run(() -> certificates.register(supervisor, t, f, e), list -> {
            rows.setAll(list.stream().map(this::row).toList());
            notice.set(messages.get("certificates.count", rows.size()));
        }, failure -> error.set(ErrorText.of(failure, messages)));
    }

    /** Saves the register as now searched to the file chosen. */
    public void savePdf(Path target) {
        String t = text.get();
        LocalDate f = from.get();
        LocalDate e = to.get();
        error.set("");
        tasks.run(() -> Files.write(target, certificates.registerPdf(supervisor, t, f, e)),
                written -> notice.set(messages.get("certificates.saved", written.getFileName().toString())),
                failure -> error.set(ErrorText.of(failure, messages)));
    }

    private CertificateRow row(IssuedCertificate c) {
        return new CertificateRow(c.number(), c.holderName(), Masking.maskDocumentNumber(c.idNumber()), c.occupation(),
                messages.of(c.level()), c.issuedOn().toString(), c.evaluationInstitution(), c.acceptanceNo());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<CertificateRow> rows() {
        return rows;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Whether a search, a PDF or an export is running: the screen shows a progress indicator. */
    public ReadOnlyBooleanProperty workingProperty() {
        return tasks.workingProperty();
    }
}
