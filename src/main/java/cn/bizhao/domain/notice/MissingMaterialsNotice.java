package cn.bizhao.domain.notice;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.MaterialKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 补正材料一次性告知书: every missing material told at once, for the applicant to sign.
 *
 * @param institution the recognition institution issuing the notice
 * @param applicant   the applicant it is addressed to
 * @param date        the date of the notice
 * @param missing     the missing materials, at least one
 */
public record MissingMaterialsNotice(String institution, Applicant applicant, LocalDate date,
                                     List<MaterialKind> missing) {
    public MissingMaterialsNotice {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(date, "date");
        missing = List.copyOf(missing);
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("a one-time notice lists at least one missing material");
        }
    }
}
