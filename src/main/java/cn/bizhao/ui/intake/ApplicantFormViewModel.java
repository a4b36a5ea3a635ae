package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.identity.CreditCodes;
import cn.bizhao.domain.identity.IdNumber;
import cn.bizhao.domain.identity.PhoneNumbers;
import cn.bizhao.domain.identity.Validation;
import cn.bizhao.domain.identity.YearsOfWork;
import cn.bizhao.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * 申请人基本信息 as typed: every field of the form, the checks shown beside the fields (the field
 * keeps what was typed), gender from a resident ID, and what the applicant category requires.
 */
public final class ApplicantFormViewModel {
    private final ObjectProperty<ApplicantCategory> category = new SimpleObjectProperty<>(ApplicantCategory.EMPLOYEE);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty nationality = new SimpleStringProperty("");
    private final StringProperty education = new SimpleStringProperty("");
    private final StringProperty schoolAndMajor = new SimpleStringProperty("");
    private final ObjectProperty<IdDocumentType> idType = new SimpleObjectProperty<>(IdDocumentType.RESIDENT_ID);
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final BooleanProperty foreignNational = new SimpleBooleanProperty(false);
    private final StringProperty employer = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty occupation = new SimpleStringProperty("");
    private final StringProperty years = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper idNumberMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper birthDate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper creditCodeMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phoneMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yearsMessage = new ReadOnlyStringWrapper("");
    private final BooleanBinding reportsOccupation = Bindings.createBooleanBinding(
            () -> category.get() == null || category.get().reportsOccupation(), category);

    private final BiFunction<IdDocumentType, String, Validation<IdNumber>> idCheck;
    private final Messages messages;
    private boolean loading;

    /**
     * @param idCheck the service's check of a document number (with today's date for birth dates)
     * @param changed told after every change the clerk makes, for the autosave
     */
    public ApplicantFormViewModel(BiFunction<IdDocumentType, String, Validation<IdNumber>> idCheck, Messages messages,
                                  Runnable changed) {
        this.idCheck = idCheck;
        this.messages = messages;
        idType.addListener((obs, old, now) -> {
            if (!loading && now != null) {
                foreignNational.set(now.impliesForeignNational());
            }
        });
        idType.addListener(obs -> checkIdNumber());
        idNumber.addListener(obs -> checkIdNumber());
        check(creditCode, creditCodeMessage, CreditCodes::validate);
        check(phone, phoneMessage, PhoneNumbers::validate);
        check(years, yearsMessage, YearsOfWork::validate);
        for (ObservableValue<?> field : List.of(category, name, gender, nationality, education, schoolAndMajor, idType,
                idNumber, foreignNational, employer, creditCode, address, phone, occupation, years)) {
            field.addListener(obs -> {
                if (!loading) {
                    changed.run();
                }
            });
        }
    }

    private <T> void check(StringProperty field, ReadOnlyStringWrapper message, Function<String, Validation<T>> validator) {
        field.addListener((obs, old, now) -> message.set(blank(now) ? "" : text(validator.apply(now))));
    }

    private void checkIdNumber() {
        String typed = idNumber.get();
        if (blank(typed)) {
            idNumberMessage.set("");
            birthDate.set("");
            return;
        }
        Validation<IdNumber> result = idCheck.apply(idType.get(), typed);
        idNumberMessage.set(text(result));
        Optional<IdNumber> number = result.toOptional();
        birthDate.set(number.flatMap(IdNumber::birthDate)
                .map(date -> messages.get("intake.applicant.birthDate", date.toString())).orElse(""));
        if (!loading) {
            number.flatMap(IdNumber::gender).ifPresent(gender::set);
        }
    }

    private String text(Validation<?> result) {
        return result instanceof Validation.Invalid<?> invalid
                ? messages.get(invalid.messageKey(), invalid.arguments().toArray()) : "";
    }

    /**
     * The names of the fields whose check beside them fails: filled in, but not acceptable as
     * typed. Acceptance would refuse them, so the checklist lists them.
     */
    public List<String> invalidFields() {
        List<String> invalid = new ArrayList<>();
        addIf(invalid, idNumberMessage, "intakeItem.ID_NUMBER");
        addIf(invalid, creditCodeMessage, "intake.applicant.creditCode");
        addIf(invalid, phoneMessage, "intakeItem.PHONE");
        if (reportsOccupation.get()) {
            addIf(invalid, yearsMessage, "intakeItem.YEARS_IN_OCCUPATION");
        }
        return invalid;
    }

    private void addIf(List<String> invalid, ReadOnlyStringWrapper message, String fieldKey) {
        if (!message.get().isEmpty()) {
            invalid.add(messages.get(fieldKey));
        }
    }

    /** The applicant as typed; blank fields are absent, years only when they are a number in range. */
    public Applicant applicant() {
        return new Applicant(value(name), gender.get(), value(nationality), value(education), value(schoolAndMajor),
                idType.get(), value(idNumber), value(employer), value(creditCode), value(address), value(phone),
                value(occupation), YearsOfWork.validate(years.get()).toOptional().orElse(null), category.get(),
                foreignNational.get());
    }

    /** Shows a stored applicant without counting it as a change. */
    public void load(Applicant a) {
        loading = true;
        try {
            category.set(a.category());
            name.set(text(a.name()));
            gender.set(a.gender());
            nationality.set(text(a.nationality()));
            education.set(text(a.education()));
            schoolAndMajor.set(text(a.schoolAndMajor()));
            idType.set(a.idType() == null ? IdDocumentType.RESIDENT_ID : a.idType());
            idNumber.set(text(a.idNumber()));
            foreignNational.set(a.foreignNational());
            employer.set(text(a.employer()));
            creditCode.set(text(a.employerCreditCode()));
            address.set(text(a.address()));
            phone.set(text(a.phone()));
            occupation.set(text(a.currentOccupation()));
            years.set(a.yearsInOccupation() == null ? "" : a.yearsInOccupation().toString());
        } finally {
            loading = false;
        }
    }

    private static String value(StringProperty field) {
        return blank(field.get()) ? null : field.get();
    }

    private static String text(String stored) {
        return stored == null ? "" : stored;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ObjectProperty<ApplicantCategory> categoryProperty() {
        return category;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty nationalityProperty() {
        return nationality;
    }

    public StringProperty educationProperty() {
        return education;
    }

    public StringProperty schoolAndMajorProperty() {
        return schoolAndMajor;
    }

    public ObjectProperty<IdDocumentType> idTypeProperty() {
        return idType;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public BooleanProperty foreignNationalProperty() {
        return foreignNational;
    }

    public StringProperty employerProperty() {
        return employer;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty occupationProperty() {
        return occupation;
    }

    public StringProperty yearsProperty() {
        return years;
    }

    public ReadOnlyStringProperty idNumberMessageProperty() {
        return idNumberMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty birthDateProperty() {
        return birthDate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty creditCodeMessageProperty() {
        return creditCodeMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneMessageProperty() {
        return phoneMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearsMessageProperty() {
        return yearsMessage.getReadOnlyProperty();
    }

    /** Students skip 从事现职业及工作年限 (form note 1). */
    public BooleanBinding reportsOccupationProperty() {
        return reportsOccupation;
    }
}
