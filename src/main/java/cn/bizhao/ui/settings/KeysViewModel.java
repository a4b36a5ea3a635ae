package cn.bizhao.ui.settings;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.packages.KeyService;
import cn.bizhao.service.packages.StationCertificate;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.DialogService.FileType;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 签名密钥: the station's certificate with the fingerprint to read out on the phone, creating or
 * renewing the key, exporting the certificate as PEM, and the trust list of other stations.
 */
public final class KeysViewModel {
    private final BooleanProperty hasKey = new SimpleBooleanProperty(false);
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty algorithm = new SimpleStringProperty("");
    private final StringProperty validity = new SimpleStringProperty("");
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final ObservableList<KeyAlgorithm> algorithms = FXCollections.observableArrayList(KeyAlgorithm.values());
    private final ObjectProperty<KeyAlgorithm> chosenAlgorithm = new SimpleObjectProperty<>(KeyAlgorithm.DEFAULT);
    private final ObservableList<StationCertificate> trusted = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final User actor;
    private final KeyService keys;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;

    public KeysViewModel(User actor, KeyService keys, DialogService dialogs, TaskRunner tasks, Messages messages,
                         ZoneId zone) {
        this.actor = actor;
        this.keys = keys;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
    }

    /** Reads the current certificate and the trust list. */
    public void load() {
        error.set("");
        tasks.run(() -> new State(keys.hasKey() ? Optional.of(keys.current()) : Optional.empty(), keys.trusted(actor)),
                state -> {
                    show(state.current());
                    trusted.setAll(state.trusted());
                }, this::failed);
    }

    /** Creates the station's first key, or renews it, with the chosen algorithm. */
    public void createOrRenew() {
        KeyAlgorithm chosen = chosenAlgorithm.get() == null ? KeyAlgorithm.DEFAULT : chosenAlgorithm.get();
        boolean renewing = hasKey.get();
        start();
        tasks.run(() -> renewing ? keys.renew(actor, chosen) : keys.create(actor, chosen), made -> {
            show(Optional.of(made));
            busy.set(false);
            notice.set(messages.get(renewing ? "settings.keys.renewed" : "settings.keys.created", made.fingerprint()));
        }, this::failed);
    }

    /** Asks where to save, then writes the current certificate there as PEM. */
    public void exportPem() {
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("settings.keys.export.title"),
                messages.get("settings.keys.export.fileName"), FileType.PEM);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        start();
        tasks.run(() -> {
            try {
                Files.writeString(file, keys.exportPem(actor), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }, saved -> {
            busy.set(false);
            notice.set(messages.get("settings.keys.exported", saved.toString()));
        }, this::failed);
    }

    /** Asks for PEM files of other stations or the department, and trusts their certificates. */
    public void importTrusted() {
        List<Path> files = dialogs.chooseFilesToOpen(messages.get("settings.keys.trust.importTitle"), FileType.PEM);
        if (files.isEmpty()) {
            return;
        }
        start();
        tasks.run(() -> {
            List<StationCertificate> added = new ArrayList<>();
            for (Path file : files) {
                added.addAll(keys.trust(actor, file));
            }
            return new State(Optional.empty(), keys.trusted(actor), added.size());
        }, state -> {
            trusted.setAll(state.trusted());
            busy.set(false);
            notice.set(messages.get("settings.keys.trust.imported", state.count()));
        }, this::failed);
    }

    /** Takes a certificate off the trust list: packages it signed are refused from now on. */
    public void remove(StationCertificate certificate) {
        if (certificate == null) {
            return;
        }
        start();
        tasks.run(() -> {
            keys.distrust(actor, certificate.fingerprint());
            return keys.trusted(actor);
        }, left -> {
            trusted.setAll(left);
            busy.set(false);
            notice.set(messages.get("settings.keys.trust.removed", certificate.subject()));
        }, this::failed);
    }

    public String algorithmText(KeyAlgorithm value) {
        return value == null ? "" : messages.of(value);
    }

    public String validityText(StationCertificate certificate) {
        return messages.get("settings.keys.validity.range", LocalDate.ofInstant(certificate.notBefore(), zone).toString(),
                LocalDate.ofInstant(certificate.notAfter(), zone).toString());
    }

    private void show(Optional<StationCertificate> current) {
        hasKey.set(current.isPresent());
        subject.set(current.map(StationCertificate::subject).orElse(messages.get("settings.keys.none")));
        algorithm.set(current.flatMap(StationCertificate::algorithm).map(this::algorithmText).orElse(""));
        validity.set(current.map(this::validityText).orElse(""));
        fingerprint.set(current.map(StationCertificate::fingerprint).orElse(""));
    }

    private void start() {
        busy.set(true);
        error.set("");
        notice.set("");
    }

    private void failed(Exception failure) {
        busy.set(false);
        error.set(ErrorText.of(failure, messages));
    }

    private record State(Optional<StationCertificate> current, List<StationCertificate> trusted, int count) {
        State(Optional<StationCertificate> current, List<StationCertificate> trusted) {
            this(current, trusted, 0);
        }
    }

    public BooleanProperty hasKeyProperty() {
        return hasKey;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty algorithmProperty() {
        return algorithm;
    }

    public StringProperty validityProperty() {
        return validity;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public ObservableList<KeyAlgorithm> algorithms() {
        return algorithms;
    }

    public ObjectProperty<KeyAlgorithm> chosenAlgorithmProperty() {
        return chosenAlgorithm;
    }

    public ObservableList<StationCertificate> trusted() {
        return trusted;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
