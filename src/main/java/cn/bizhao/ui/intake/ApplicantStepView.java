package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.i18n.Messages;
import cn.bizhao.ui.common.EnumChoices;
import cn.bizhao.ui.common.EnterMovesOn;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** 申请人基本信息, in the order of the paper form; Enter moves on, after the last field to the next step. */
public final class ApplicantStepView implements StepKeys {
    @FXML private ScrollPane applicantScroll;
    @FXML private VBox form;
    @FXML private ComboBox<ApplicantCategory> categoryBox;
    @FXML private Label categoryHint;
    @FXML private TextField nameField;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private TextField nationalityField;
    @FXML private TextField educationField;
    @FXML private TextField schoolField;
    @FXML private ComboBox<IdDocumentType> idTypeBox;
    @FXML private TextField idNumberField;
    @FXML private Label idNumberMessage;
    @FXML private Label birthDateLabel;
    @FXML private CheckBox foreignCheck;
    @FXML private TextField employerField;
    @FXML private TextField creditCodeField;
    @FXML private Label creditCodeMessage;
    @FXML private TextField addressField;
    @FXML private TextField phoneField;
    @FXML private Label phoneMessage;
    @FXML private Label occupationLabel;
    @FXML private TextField occupationField;
    @FXML private Label yearsLabel;
    @FXML private TextField yearsField;
    @FXML private Label yearsMessage;

    private final ApplicantFormViewModel model;
    private final Messages messages;
    private final Runnable nextStep;

    public ApplicantStepView(ApplicantFormViewModel model, Messages messages, Runnable nextStep) {
        this.model = model;
        this.messages = messages;
        this.nextStep = nextStep;
    }

    @FXML
    private void initialize() {
        EnumChoices.fill(categoryBox, messages, ApplicantCategory.values());
        EnumChoices.fill(genderBox, messages, Gender.values());
        EnumChoices.fill(idTypeBox, messages, IdDocumentType.values());
        categoryBox.valueProperty().bindBidirectional(model.categoryProperty());
        genderBox.valueProperty().bindBidirectional(model.genderProperty());
        idTypeBox.valueProperty().bindBidirectional(model.idTypeProperty());
        foreignCheck.selectedProperty().bindBidirectional(model.foreignNationalProperty());
        bind(nameField, model.nameProperty());
        bind(nationalityField, model.nationalityProperty());
        bind(educationField, model.educationProperty());
        bind(schoolField, model.schoolAndMajorProperty());
        bind(idNumberField, model.idNumberProperty());
        bind(employerField, model.employerProperty());
        bind(creditCodeField, model.creditCodeProperty());
        bind(addressField, model.addressProperty());
        bind(phoneField, model.phoneProperty());
        bind(occupationField, model.occupationProperty());
        bind(yearsField, model.yearsProperty());
        idNumberMessage.textProperty().bind(model.idNumberMessageProperty());
        birthDateLabel.textProperty().bind(model.birthDateProperty());
        creditCodeMessage.textProperty().bind(model.creditCodeMessageProperty());
        phoneMessage.textProperty().bind(model.phoneMessageProperty());
        yearsMessage.textProperty().bind(model.yearsMessageProperty());
        categoryHint.textProperty().bind(Bindings.createStringBinding(() -> model.reportsOccupationProperty().get()
                ? "" : messages.get("intake.applicant.studentHint"), model.reportsOccupationProperty()));
        for (Node n : List.of(occupationLabel, occupationField, yearsLabel, yearsField, yearsMessage)) {
            n.disableProperty().bind(model.reportsOccupationProperty().not());
        }
        List<Node> order = List.of(categoryBox, nameField, genderBox, nationalityField, educationField, schoolField,
                idTypeBox, idNumberField, foreignCheck, employerField, creditCodeField, addressField, phoneField,
                occupationField, yearsField);
        EnterMovesOn.install(form, order, nextStep);
        EnterMovesOn.scrollToFocus(applicantScroll, order);
    }

    private static void bind(TextField field, StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }

    @Override
    public void entered() {
        Platform.runLater(nameField::requestFocus);
    }
}
