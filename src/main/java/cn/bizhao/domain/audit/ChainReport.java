package cn.bizhao.domain.audit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The result of checking the whole chain: how many records were checked and where it breaks. */
public record ChainReport(int recordCount, List<ChainBreak> breaks) {
    public ChainReport {
        breaks = List.copyOf(breaks);
    }

    public static ChainReport of(List<AuditRecord> records) {
        return new ChainReport(records.size(), AuditChain.verify(records));
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** The ids of the records at which the chain breaks. */
    public Set<Long> brokenRecordIds() {
        return breaks.stream().map(ChainBreak::recordId).collect(Collectors.toUnmodifiableSet());
    }
}
