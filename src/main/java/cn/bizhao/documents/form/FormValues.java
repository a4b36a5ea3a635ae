package cn.bizhao.documents.form;

import cn.bizhao.documents.pdf.DocumentText;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.form.RegistrationForm;
import cn.bizhao.i18n.Messages;

/**
 * The texts written into the form's cells, from the domain record; a blank form has none. Missing
 * fields of a draft print as empty cells, to be completed by hand.
 */
final class FormValues {
    private final Messages text;
    private final Applicant applicant;
    private final OverseasCertificate certificate;

    private FormValues(Messages text, Applicant applicant, OverseasCertificate certificate) {
        this.text = text;
        this.applicant = applicant;
        this.certificate = certificate;
    }

    static FormValues blank(Messages text) {
        return new FormValues(text, Applicant.empty(), OverseasCertificate.empty());
    }

    static FormValues of(Messages text, RegistrationForm form) {
        return new FormValues(text, form.applicant(), form.certificate());
    }

    /** Note 1: students do not report an occupation or an employer's opinion. */
    boolean student() {
        return !applicant.category().reportsOccupation();
    }

    String notApplicable() {
        return text.get("document.form.notApplicable");
    }

    String name() {
        return clean(applicant.name());
    }

    String gender() {
        return applicant.gender() == null ? "" : text.of(applicant.gender());
    }

    String nationality() {
        return clean(applicant.nationality());
    }

    String education() {
        return clean(applicant.education());
    }

    String schoolAndMajor() {
        return clean(applicant.schoolAndMajor());
    }

    /** Note 2: the row takes any identity document; a document other than the resident ID is named. */
    String idNumber() {
        String number = clean(applicant.idNumber());
        IdDocumentType type = applicant.idType();
        if (number.isEmpty() || type == null || type == IdDocumentType.RESIDENT_ID) {
            return number;
        }
        return text.get("document.form.idNumber.value", number, type);
    }

    String employer() {
        return clean(applicant.employer());
    }

    String address() {
        return clean(applicant.address());
    }

    String phone() {
        return clean(applicant.phone());
    }

    String occupationAndYears() {
        if (student()) {
            return notApplicable();
        }
        String occupation = clean(applicant.currentOccupation());
        if (occupation.isEmpty() || applicant.yearsInOccupation() == null) {
            return occupation;
        }
        return text.get("document.form.occupation.value", occupation, applicant.yearsInOccupation());
    }

    String certificateName() {
        return clean(certificate.name());
    }

    String project() {
        return clean(certificate.project());
    }

    String level() {
        return clean(certificate.level());
    }

    String issuer() {
        return clean(certificate.issuingCountryAndBody());
    }

    String certificateNumber() {
        return clean(certificate.number());
    }

    /** From the catalogue row the certificate was compared against, never typed. */
    String mappedOccupationAndLevel() {
        return DocumentText.mappedOccupationAndLevel(text, certificate);
    }

    private static String clean(String value) {
        return DocumentText.clean(value);
    }
}
