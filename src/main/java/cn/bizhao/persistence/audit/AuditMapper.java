package cn.bizhao.persistence.audit;

import cn.bizhao.domain.audit.AuditLine;
import cn.bizhao.domain.audit.AuditRecord;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The append-only audit trail: insert and read, never update. */
public interface AuditMapper {
    /** Serialises writers of the chain until the transaction ends. */
    void lockTrail();

    String lastHash();

    void insert(@Param("r") AuditRow row);

    List<AuditRecord> all();

    List<AuditRecord> forApplication(@Param("applicationId") long applicationId);

    /** The records that match every given part of the search, oldest first, with acceptance numbers. */
    default List<AuditLine> search(AuditSearch search) {
        return searchRows(search).stream().map(AuditLineRow::line).toList();
    }

    /** The rows of {@link #search}, one per record. */
    List<AuditLineRow> searchRows(@Param("s") AuditSearch search);

    /** Everyone who appears in the trail, by login. */
    List<String> actors();
}
