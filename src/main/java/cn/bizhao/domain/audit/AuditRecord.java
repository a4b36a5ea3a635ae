package cn.bizhao.domain.audit;

/** An entry as stored in the chain: its number, the hash of the record before, and its own hash. */
public record AuditRecord(long id, AuditEntry entry, String previousHash, String recordHash) {
}
