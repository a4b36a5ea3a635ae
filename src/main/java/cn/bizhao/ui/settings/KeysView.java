package cn.bizhao.ui.settings;

import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.packages.StationCertificate;
import cn.bizhao.ui.common.Columns;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/** The 签名密钥 tab of the settings: binds to its view model and forwards the buttons. */
public final class KeysView {
    @FXML private Label keySubjectLabel;
    @FXML private Label keyAlgorithmLabel;
    @FXML private Label keyValidityLabel;
    @FXML private Label keyFingerprintLabel;
    @FXML private ChoiceBox<KeyAlgorithm> keyAlgorithmChoice;
    @FXML private Button createKeyButton;
    @FXML private Button renewKeyButton;
    @FXML private Button exportPemButton;
    @FXML private TableView<StationCertificate> trustedTable;
    @FXML private TableColumn<StationCertificate, String> trustedSubjectColumn;
    @FXML private TableColumn<StationCertificate, String> trustedFingerprintColumn;
    @FXML private TableColumn<StationCertificate, String> trustedValidityColumn;
    @FXML private Button importTrustedButton;
    @FXML private Button removeTrustedButton;
    @FXML private Label keysNoticeLabel;
    @FXML private Label keysErrorLabel;

    private final KeysViewModel model;

    public KeysView(KeysViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        keySubjectLabel.textProperty().bind(model.subjectProperty());
        keyAlgorithmLabel.textProperty().bind(model.algorithmProperty());
        keyValidityLabel.textProperty().bind(model.validityProperty());
        keyFingerprintLabel.textProperty().bind(model.fingerprintProperty());
        keyAlgorithmChoice.setItems(model.algorithms());
        keyAlgorithmChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(KeyAlgorithm value) {
                return model.algorithmText(value);
            }

            @Override
            public KeyAlgorithm fromString(String text) {
                return model.algorithms().stream().filter(a -> model.algorithmText(a).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        keyAlgorithmChoice.valueProperty().bindBidirectional(model.chosenAlgorithmProperty());
        createKeyButton.visibleProperty().bind(model.hasKeyProperty().not());
        createKeyButton.managedProperty().bind(createKeyButton.visibleProperty());
        renewKeyButton.visibleProperty().bind(model.hasKeyProperty());
        renewKeyButton.managedProperty().bind(renewKeyButton.visibleProperty());
        createKeyButton.disableProperty().bind(model.busyProperty());
        renewKeyButton.disableProperty().bind(model.busyProperty());
        exportPemButton.disableProperty().bind(model.busyProperty().or(model.hasKeyProperty().not()));
        importTrustedButton.disableProperty().bind(model.busyProperty());
        removeTrustedButton.disableProperty().bind(model.busyProperty()
                .or(Bindings.isNull(trustedTable.getSelectionModel().selectedItemProperty())));
        Columns.show(trustedSubjectColumn, row -> row.subject());
        Columns.show(trustedFingerprintColumn, row -> row.fingerprint());
        Columns.show(trustedValidityColumn, row -> model.validityText(row));
        trustedTable.setItems(model.trusted());
        keysNoticeLabel.textProperty().bind(model.noticeProperty());
        keysErrorLabel.textProperty().bind(model.errorProperty());
        model.load();
    }

    @FXML
    private void createOrRenew() {
        model.createOrRenew();
    }

    @FXML
    private void exportPem() {
        model.exportPem();
    }

    @FXML
    private void importTrusted() {
        model.importTrusted();
    }

    @FXML
    private void removeTrusted() {
        model.remove(trustedTable.getSelectionModel().getSelectedItem());
    }
}
