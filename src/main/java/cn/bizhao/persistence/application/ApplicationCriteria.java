package cn.bizhao.persistence.application;

import cn.bizhao.domain.application.ApplicationStatus;
import java.time.Instant;

/**
 * A search of the applications as the mapper needs it; null parts are left out.
 *
 * @param acceptanceNoPattern part of the acceptance number, as a LIKE pattern
 * @param namePattern         part of the applicant's name, as a LIKE pattern
 * @param idNumber            a whole document number in its canonical form: a part finds nothing
 * @param certificatePattern  part of the overseas certificate's number or of the certificate issued, as a LIKE pattern
 * @param acceptedFrom        earliest acceptance, inclusive
 * @param acceptedBefore      end of the acceptances, exclusive
 * @param occupation          the mapped occupation, as the catalogue writes it
 * @param limit               the newest this many at most; null for all
 */
public record ApplicationCriteria(Long id, String acceptanceNoPattern, String namePattern, String idNumber,
                                  String certificatePattern, ApplicationStatus status, Instant acceptedFrom,
                                  Instant acceptedBefore, String occupation, Integer limit) {

    /** One application, found by its internal number. */
    public static ApplicationCriteria byId(long id) {
        return new ApplicationCriteria(id, null, null, null, null, null, null, null, null, 1);
    }
}
