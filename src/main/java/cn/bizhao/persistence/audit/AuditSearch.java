package cn.bizhao.persistence.audit;

import cn.bizhao.domain.audit.AuditAction;
import java.time.Instant;
import java.util.Locale;

/**
 * The search of the trail as the mapper needs it: instants instead of days, and the application
 * text as a LIKE pattern; null parts are left out.
 *
 * @param from          earliest instant, inclusive
 * @param to            end, exclusive
 * @param application   part of an acceptance number
 * @param applicationId an application's internal number, when the text is one
 */
public record AuditSearch(Instant from, Instant to, String actor, AuditAction action, String application,
                          Long applicationId) {

    /** The application text as a case-insensitive LIKE pattern, its wildcards taken literally. */
    public String applicationPattern() {
        if (application == null) {
            return null;
        }
        String escaped = application.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
