package cn.bizhao.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What is recorded about one change: who, when, at which station, what, and for which application.
 *
 * @param applicationId null when the change concerns no application (a login, a user)
 * @param detail        what changed, for example the fields before and after
 */
public record AuditEntry(Instant recordedAt, String actor, String station, AuditAction action, Long applicationId,
                         String detail) {
    /** The most a record's detail keeps; a longer one (two long opinions, before and after) is cut, marked so. */
    public static final int MAX_DETAIL = 4000;
    private static final String CUT = " [...]";

    public AuditEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : shortened(detail);
    }

    private static String shortened(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - CUT.length()) + CUT;
    }
}
