package cn.bizhao.domain;

/**
 * The free-text fields people type, with the most characters each is kept with (the size of its
 * column). Longer text is refused naming the field, before anything is written, instead of
 * failing in the database; names shown via {@code textField.<NAME>}.
 */
public enum TextField {
    APPLICANT_NAME(100), NATIONALITY(60), EDUCATION(60), SCHOOL_AND_MAJOR(200), ID_NUMBER(40), EMPLOYER(200),
    ADDRESS(300), PHONE(40), CURRENT_OCCUPATION(100),
    CERTIFICATE_NAME(200), CERTIFICATE_PROJECT(100), CERTIFICATE_LEVEL(40), CERTIFICATE_ISSUER(200),
    CERTIFICATE_NUMBER(100),
    VERDICT_NOTE(1000), VERIFICATION_NOTE(1000), MODULE_NAME(200), ASSESSOR(100), OPINION(2000),
    CONCLUSION_DETAIL(2000), SUPERVISOR_NOTE(1000), DOCUMENT_NO(100), DECISION_NOTE(1000),
    EVALUATION_INSTITUTION(200), DISPLAY_NAME(100), STATION_NAME(100);

    private final int maxLength;

    TextField(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * Checks the text as it is kept: without surrounding blanks.
     *
     * @return the text as given
     * @throws DomainException {@code error.text.tooLong} with the field, the limit and the length typed
     */
    public String require(String text) {
        int length = text == null ? 0 : text.strip().length();
        if (length > maxLength) {
            throw new DomainException("error.text.tooLong", this, maxLength, length);
        }
        return text;
    }
}
