package cn.bizhao.ui.audit;

/**
 * One record of the trail as the table shows it.
 *
 * @param broken whether the chain breaks at this record
 */
public record AuditRow(long id, String time, String actor, String station, String action, String acceptanceNo,
                       String detail, String chain, boolean broken) {
}
