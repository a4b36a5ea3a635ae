package cn.bizhao.persistence.audit;

import cn.bizhao.domain.audit.AuditAction;
import java.time.Instant;

/** A record to insert; flat for the mapper. */
public record AuditRow(Instant recordedAt, String actor, String station, AuditAction action, Long applicationId,
                       String detail, String previousHash, String recordHash) {
}
