package cn.bizhao.service.demo;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.OverseasCertificate;
import java.time.LocalDate;
import java.util.Map;

/**
 * One fictional application of {@code resources/demo/applications.json}: what the clerk typed,
 * the comparison asked for, the pictures taken, and how far the intake went. Numbers are not in
 * the file: they are generated valid (see {@link DemoNumbers}).
 *
 * @param outcome   DRAFT (stopped there), AWAITING_MATERIALS (one-time notice) or ACCEPTED
 * @param compare   the catalogue comparison, null when the clerk has not compared yet
 * @param photo     the demo picture the photo is made from, null when none was taken
 * @param materials each material supplied, with the demo picture of its page
 */
record DemoCase(ApplicationStatus outcome, Person applicant, Certificate certificate, Comparison compare,
                String photo, Map<MaterialKind, String> materials) {

    Applicant toApplicant(DemoNumbers numbers) {
        Person p = applicant;
        LocalDate birth = p.birthDate() == null ? null : LocalDate.parse(p.birthDate());
        return new Applicant(p.name(), p.gender(), p.nationality(), p.education(), p.schoolAndMajor(), p.idType(),
                numbers.document(p.idType(), p.idArea(), birth, p.gender()), p.employer(),
                p.employerArea() == null ? null : numbers.creditCode(p.employerArea()), p.address(), numbers.mobile(),
                p.currentOccupation(), p.yearsInOccupation(), p.category(), p.foreignNational());
    }

    OverseasCertificate toCertificate() {
        return new OverseasCertificate(certificate.name(), certificate.project(), certificate.level(),
                certificate.issuer(), certificate.number(), null);
    }

    /**
     * @param idArea       address code of a resident ID
     * @param birthDate    ISO date, for a resident ID
     * @param employerArea address code of the employer's credit code; null when there is no employer
     */
    record Person(String name, Gender gender, String nationality, String education, String schoolAndMajor,
                  IdDocumentType idType, String idArea, String birthDate, String employer, String employerArea,
                  String address, String currentOccupation, Integer yearsInOccupation, ApplicantCategory category,
                  boolean foreignNational) {
    }

    record Certificate(String name, String project, String level, String issuer, String number) {
    }

    record Comparison(String region, String project, String level) {
    }
}
