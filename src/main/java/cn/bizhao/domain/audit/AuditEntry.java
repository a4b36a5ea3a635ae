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
    public AuditEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
    }
}
