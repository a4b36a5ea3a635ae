package cn.bizhao.domain.audit;

/**
 * A record of the trail as a reader sees it: the record and the acceptance number of its application,
 * if it concerns one that has been accepted.
 */
public record AuditLine(AuditRecord record, String acceptanceNo) {
}
