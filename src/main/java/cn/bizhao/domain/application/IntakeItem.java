package cn.bizhao.domain.application;

/** What the registration form needs before an application can be accepted; names via {@code intakeItem.<NAME>}. */
public enum IntakeItem {
    NAME, GENDER, NATIONALITY, EDUCATION, ID_TYPE, ID_NUMBER, EMPLOYER, ADDRESS, PHONE, CURRENT_OCCUPATION,
    YEARS_IN_OCCUPATION, CERTIFICATE_NAME, CERTIFICATE_PROJECT, CERTIFICATE_ISSUER, CERTIFICATE_NUMBER,
    CATALOG_COMPARISON, PHOTO, PLEDGE
}
