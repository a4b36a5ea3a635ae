package cn.bizhao.domain.application;

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

    public static Applicant empty() {
        return new Applicant(null, null, null, null, null, null, null, null, null, null, null, null, null,
                ApplicantCategory.EMPLOYEE, false);
    }
}
