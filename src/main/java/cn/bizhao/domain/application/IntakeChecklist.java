package cn.bizhao.domain.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The live checklist of an intake: the form items and the materials still missing. An
 * application is accepted only when both lists are empty.
 */
public record IntakeChecklist(List<IntakeItem> missingItems, List<MaterialKind> missingMaterials) {
    public IntakeChecklist {
        missingItems = List.copyOf(missingItems);
        missingMaterials = List.copyOf(missingMaterials);
    }

    public static IntakeChecklist of(Application application, boolean pledgeConfirmed) {
        List<IntakeItem> missing = new ArrayList<>();
        Applicant a = application.applicant();
        OverseasCertificate c = application.certificate();
        require(missing, IntakeItem.NAME, a.name());
        require(missing, IntakeItem.GENDER, a.gender());
        require(missing, IntakeItem.NATIONALITY, a.nationality());
        require(missing, IntakeItem.EDUCATION, a.education());
        require(missing, IntakeItem.ID_TYPE, a.idType());
        require(missing, IntakeItem.ID_NUMBER, a.idNumber());
        if (a.category() == ApplicantCategory.EMPLOYEE) {
            require(missing, IntakeItem.EMPLOYER, a.employer());
        }
        require(missing, IntakeItem.ADDRESS, a.address());
        require(missing, IntakeItem.PHONE, a.phone());
        if (a.category().reportsOccupation()) {
            require(missing, IntakeItem.CURRENT_OCCUPATION, a.currentOccupation());
            require(missing, IntakeItem.YEARS_IN_OCCUPATION, a.yearsInOccupation());
        }
        require(missing, IntakeItem.CERTIFICATE_NAME, c.name());
        require(missing, IntakeItem.CERTIFICATE_PROJECT, c.project());
        require(missing, IntakeItem.CERTIFICATE_ISSUER, c.issuingCountryAndBody());
        require(missing, IntakeItem.CERTIFICATE_NUMBER, c.number());
        require(missing, IntakeItem.CATALOG_COMPARISON, c.catalogMapping());
        require(missing, IntakeItem.PHOTO, application.photoSha256());
        if (!pledgeConfirmed) {
            missing.add(IntakeItem.PLEDGE);
        }
        return new IntakeChecklist(missing, application.missingMaterials());
    }

    private static void require(List<IntakeItem> missing, IntakeItem item, Object value) {
        boolean blank = value == null || (value instanceof String s && s.isBlank());
        if (blank) {
            missing.add(item);
        }
    }

    public boolean isComplete() {
        return missingItems.isEmpty() && missingMaterials.isEmpty();
    }

    /** Only materials are missing: the case for a one-time notice (一次性告知书). */
    public boolean onlyMaterialsMissing() {
        return missingItems.stream().allMatch(i -> i == IntakeItem.PLEDGE) && !missingMaterials.isEmpty();
    }
}
