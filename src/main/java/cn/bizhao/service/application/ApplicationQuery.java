package cn.bizhao.service.application;

import cn.bizhao.domain.application.ApplicationStatus;
import java.time.LocalDate;

/**
 * What 申请查询 looks for; null or blank parts match everything.
 *
 * @param acceptanceNo   the acceptance number, whole or a part
 * @param name           the applicant's name, whole or a part
 * @param documentNumber the document number, whole only: typed in full it finds the application, a part
 *                       finds nothing, so the search cannot be used to guess numbers
 * @param certificateNo  the overseas certificate's number or the number of the certificate issued, whole or a part
 * @param acceptedFrom   first day of acceptance, inclusive
 * @param acceptedTo     last day of acceptance, inclusive
 * @param occupation     the mapped occupation as the catalogue writes it
 * @param limit          the newest this many at most; null for all
 */
public record ApplicationQuery(String acceptanceNo, String name, String documentNumber, String certificateNo,
                               ApplicationStatus status, LocalDate acceptedFrom, LocalDate acceptedTo,
                               String occupation, Integer limit) {

    /** Every application, the newest {@code limit} of them. */
    public static ApplicationQuery newest(Integer limit) {
        return new ApplicationQuery(null, null, null, null, null, null, null, null, limit);
    }

    public ApplicationQuery withAcceptanceNo(String value) {
        return new ApplicationQuery(value, name, documentNumber, certificateNo, status, acceptedFrom, acceptedTo,
                occupation, limit);
    }

    public ApplicationQuery withName(String value) {
        return new ApplicationQuery(acceptanceNo, value, documentNumber, certificateNo, status, acceptedFrom,
                acceptedTo, occupation, limit);
    }

    public ApplicationQuery withDocumentNumber(String value) {
        return new ApplicationQuery(acceptanceNo, name, value, certificateNo, status, acceptedFrom, acceptedTo,
                occupation, limit);
    }

    public ApplicationQuery withCertificateNo(String value) {
        return new ApplicationQuery(acceptanceNo, name, documentNumber, value, status, acceptedFrom, acceptedTo,
                occupation, limit);
    }

    public ApplicationQuery withStatus(ApplicationStatus value) {
        return new ApplicationQuery(acceptanceNo, name, documentNumber, certificateNo, value, acceptedFrom, acceptedTo,
                occupation, limit);
    }

    /** Accepted between the two days, both included; either may be null. */
    public ApplicationQuery acceptedBetween(LocalDate from, LocalDate to) {
        return new ApplicationQuery(acceptanceNo, name, documentNumber, certificateNo, status, from, to, occupation,
                limit);
    }

    public ApplicationQuery withOccupation(String value) {
        return new ApplicationQuery(acceptanceNo, name, documentNumber, certificateNo, status, acceptedFrom, acceptedTo,
                value, limit);
    }
}
