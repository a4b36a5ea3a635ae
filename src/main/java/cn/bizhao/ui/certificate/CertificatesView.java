package cn.bizhao.ui.certificate;

import cn.bizhao.ui.common.Columns;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** The register of issued certificates. */
public final class CertificatesView {
    @FXML private ProgressIndicator workingIndicator;
    @FXML private TextField certificateSearchField;
    @FXML private DatePicker certificateFromPicker;
    @FXML private DatePicker certificateToPicker;
    @FXML private TableView<CertificateRow> certificatesTable;
    @FXML private TableColumn<CertificateRow, String> numberColumn;
    @FXML private TableColumn<CertificateRow, String> holderColumn;
    @FXML private TableColumn<CertificateRow, String> idNumberColumn;
    @FXML private TableColumn<CertificateRow, String> occupationColumn;
    @FXML private TableColumn<CertificateRow, String> levelColumn;
    @FXML private TableColumn<CertificateRow, String> issuedOnColumn;
    @FXML private TableColumn<CertificateRow, String> institutionColumn;
    @FXML private TableColumn<CertificateRow, String> acceptanceNoColumn;
    @FXML private Label certificatesNoticeLabel;
    @FXML private Label certificatesErrorLabel;

    private final CertificatesViewModel model;

    public CertificatesView(CertificatesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        workingIndicator.visibleProperty().bind(model.workingProperty());
        certificateSearchField.textProperty().bindBidirectional(model.textProperty());
        certificateSearchField.setOnAction(e -> model.search());
        certificateFromPicker.valueProperty().bindBidirectional(model.fromProperty());
        certificateToPicker.valueProperty().bindBidirectional(model.toProperty());
        Columns.show(numberColumn, CertificateRow::number);
        Columns.show(holderColumn, CertificateRow::holder);
        Columns.show(idNumberColumn, CertificateRow::idNumber);
        Columns.show(occupationColumn, CertificateRow::occupation);
        Columns.show(levelColumn, CertificateRow::level);
        Columns.show(issuedOnColumn, CertificateRow::issuedOn);
        Columns.show(institutionColumn, CertificateRow::institution);
        Columns.show(acceptanceNoColumn, CertificateRow::acceptanceNo);
        certificatesTable.setItems(model.rows());
        certificatesNoticeLabel.textProperty().bind(model.noticeProperty());
        certificatesErrorLabel.textProperty().bind(model.errorProperty());
        model.search();
    }


    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void savePdf() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("certificate-register.pdf");
        File file = chooser.showSaveDialog(certificatesTable.getScene().getWindow());
        if (file != null) {
            model.savePdf(file.toPath());
        }
    }
}
