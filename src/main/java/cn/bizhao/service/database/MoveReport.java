package cn.bizhao.service.database;

import cn.bizhao.persistence.DatabaseCopy.TableCount;
import java.util.List;

/**
 * What a move to the server did: where to, every table with its row count as checked on the server,
 * and the number of stored files whose SHA-256 was checked there.
 */
public record MoveReport(String location, List<TableCount> tables, int files) {

    public MoveReport {
        tables = List.copyOf(tables);
    }

    public long rows() {
        return tables.stream().mapToLong(TableCount::rows).sum();
    }
}
