package cn.bizhao.domain.audit;

/** Where the audit chain breaks: the record's content was changed, or the one before it was. */
public record ChainBreak(long recordId, Kind kind) {
    public enum Kind {
        RECORD_CHANGED, PREVIOUS_RECORD_MISSING_OR_CHANGED
    }
}
