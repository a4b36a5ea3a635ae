package cn.bizhao.domain.application;

import cn.bizhao.domain.TextField;

/**
 * 申请人基本信息: the applicant part of the registration form, as typed (any field may still be
 * blank in a draft; {@link IntakeChecklist} says what is missing).
 */
public record Applicant(
        String name,
        Gender gender,
        String nationality,
        String education,
        String schoolAndMajor,
        IdDocumentType idType,
        String idNumber,
        String employer,
        String employerCreditCode,
        String address,
        String phone,
        String currentOccupation,
        Integer yearsInOccupation,
        ApplicantCategory category,
        boolean foreignNational) {

    /** Refuses, naming the field, a text longer than the form keeps. */
    public Applicant requireWithinLimits() {
        TextField.APPLICANT_NAME.require(name);
        TextField.NATIONALITY.require(nationality);
        TextField.EDUCATION.require(education);
        TextField.SCHOOL_AND_MAJOR.require(schoolAndMajor);
        TextField.ID_NUMBER.require(idNumber);
        TextField.EMPLOYER.require(employer);
        TextField.ADDRESS.require(address);
        TextField.PHONE.require(phone);
        TextField.CURRENT_OCCUPATION.require(currentOccupation);
        return this;
    }

    public static Applicant empty() {
        return new Applicant(null, null, null, null, null, null, null, null, null, null, null, null, null,
                ApplicantCategory.EMPLOYEE, false);
    }
}
