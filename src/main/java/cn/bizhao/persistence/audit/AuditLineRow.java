package cn.bizhao.persistence.audit;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditEntry;
import cn.bizhao.domain.audit.AuditLine;
import cn.bizhao.domain.audit.AuditRecord;
import java.time.Instant;

/**
 * One row of a search of the trail, flat as the database returns it, identified by the record's id.
 * Flat on purpose: MyBatis folds rows of a nested result map that has no id of its own into one object,
 * which once made every record of an application after the first vanish from the reader's list.
 */
public record AuditLineRow(long id, Instant recordedAt, String actor, String station, AuditAction action,
                           Long applicationId, String detail, String previousHash, String recordHash,
                           String acceptanceNo) {

    public AuditLine line() {
        return new AuditLine(new AuditRecord(id, new AuditEntry(recordedAt, actor, station, action, applicationId,
                detail), previousHash, recordHash), acceptanceNo);
    }
}
