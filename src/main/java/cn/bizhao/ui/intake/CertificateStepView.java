package cn.bizhao.ui.intake;

import cn.bizhao.ui.common.EnterMovesOn;
import cn.bizhao.ui.common.FilterChoice;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * 境外职业技能证书信息 and the catalogue comparison: region, project, level, each narrowed by typing;
 * the mapped occupation and level, or why the certificate is not in the catalogue.
 */
public final class CertificateStepView implements StepKeys {
    @FXML private ScrollPane certificateScroll;
    @FXML private VBox form;
    @FXML private TextField certificateNameField;
    @FXML private TextField certificateProjectField;
    @FXML private TextField certificateLevelField;
    @FXML private TextField certificateIssuerField;
    @FXML private TextField certificateNumberField;
    @FXML private Label catalogueLabel;
    @FXML private FilterChoice regionChoice;
    @FXML private FilterChoice projectChoice;
    @FXML private FilterChoice levelChoice;
    @FXML private VBox mappedBox;
    @FXML private Label mappedLabel;
    @FXML private VBox refusalBox;
    @FXML private Label refusalLabel;

    private final CertificateFormViewModel model;
    private final IntakeWizardViewModel wizard;

    public CertificateStepView(CertificateFormViewModel model, IntakeWizardViewModel wizard) {
        this.model = model;
        this.wizard = wizard;
    }

    @FXML
    private void initialize() {
        certificateNameField.textProperty().bindBidirectional(model.nameProperty());
        certificateProjectField.textProperty().bindBidirectional(model.projectProperty());
        certificateLevelField.textProperty().bindBidirectional(model.levelProperty());
        certificateIssuerField.textProperty().bindBidirectional(model.issuerProperty());
        certificateNumberField.textProperty().bindBidirectional(model.numberProperty());
        catalogueLabel.setText(model.catalogueText());
        choice(regionChoice, model.regions(), model.regionProperty());
        choice(projectChoice, model.projects(), model.catalogProjectProperty());
        choice(levelChoice, model.levels(), model.catalogLevelProperty());
        mappedLabel.textProperty().bind(model.mappedProperty());
        mappedBox.visibleProperty().bind(model.mappedProperty().isNotEmpty());
        mappedBox.managedProperty().bind(mappedBox.visibleProperty());
        refusalLabel.textProperty().bind(model.refusalProperty());
        refusalBox.visibleProperty().bind(model.outsideCatalogueProperty());
        refusalBox.managedProperty().bind(refusalBox.visibleProperty());
        // the outcome of the comparison is the last thing on the step: bring it into view
        model.matchProperty().addListener((obs, old, now) -> Platform.runLater(() -> certificateScroll.setVvalue(1)));
        List<Node> order = List.of(certificateNameField, certificateProjectField, certificateLevelField,
                certificateIssuerField, certificateNumberField, regionChoice, projectChoice, levelChoice);
        EnterMovesOn.install(form, order, form::requestFocus);
        EnterMovesOn.scrollToFocus(certificateScroll, order);
    }

    private static void choice(FilterChoice choice, ObservableList<String> options, StringProperty chosen) {
        choice.setOptions(options);
        options.addListener((ListChangeListener<String>) c -> choice.setOptions(options));
        choice.chosenProperty().bindBidirectional(chosen);
    }

    @FXML
    private void sendNotice() {
        wizard.sendNoticeNow();
    }

    @FXML
    private void keepDraft() {
        wizard.keepDraft();
    }

    @Override
    public void entered() {
        Platform.runLater(certificateNameField::requestFocus);
    }
}
