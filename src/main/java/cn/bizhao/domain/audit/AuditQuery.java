package cn.bizhao.domain.audit;

import java.time.LocalDate;

/**
 * What a reader of the trail asks for; every part is optional (null or blank means "any").
 *
 * @param from        first calendar day, inclusive
 * @param to          last calendar day, inclusive
 * @param actor       login of the person who acted, exactly
 * @param action      what was done
 * @param application an acceptance number or a part of one, or an application's internal number
 */
public record AuditQuery(LocalDate from, LocalDate to, String actor, AuditAction action, String application) {
    public AuditQuery {
        actor = blankToNull(actor);
        application = blankToNull(application);
    }

    /** Every record. */
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }

    /** The internal application number the text stands for, when it is all digits. */
    public Long applicationId() {
        if (application == null || !application.chars().allMatch(Character::isDigit) || application.length() > 18) {
            return null;
        }
        return Long.parseLong(application);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
