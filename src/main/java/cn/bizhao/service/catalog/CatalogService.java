package cn.bizhao.service.catalog;

import cn.bizhao.domain.catalog.CatalogMatch;
import cn.bizhao.domain.catalog.CatalogMatcher;
import cn.bizhao.domain.catalog.CatalogVersion;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.catalog.CatalogMapper;
import cn.bizhao.persistence.catalog.CatalogVersionRow;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalogue versions of the station: loading the shipped ones, reading and matching. */
public final class CatalogService {
    private final Transactions transactions;
    private volatile CatalogVersion current;

    public CatalogService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Loads each shipped version the database does not hold yet; returns how many were loaded. */
    public int loadShipped(List<CatalogVersion> shipped) {
        int loaded = transactions.inTransaction(uow -> {
            CatalogMapper mapper = uow.mapper(CatalogMapper.class);
            Set<String> present = mapper.versions().stream().map(CatalogVersionRow::version).collect(Collectors.toSet());
            List<CatalogVersion> missing = shipped.stream().filter(v -> !present.contains(v.version())).toList();
            missing.forEach(v -> insert(mapper, v));
            return missing.size();
        });
        if (loaded > 0) {
            current = null;
        }
        return loaded;
    }

    private static void insert(CatalogMapper mapper, CatalogVersion version) {
        mapper.insertVersion(version.version(), version.publishedOn());
        version.entries().forEach(e -> mapper.insertEntry(version.version(), e));
    }

    /** The version in force: the most recently published one. */
    public CatalogVersion current() {
        CatalogVersion version = current;
        if (version == null) {
            version = transactions.inTransaction(uow -> {
                CatalogMapper mapper = uow.mapper(CatalogMapper.class);
                CatalogVersionRow row = mapper.versions().stream()
                        .max(Comparator.comparing(CatalogVersionRow::publishedOn))
                        .orElseThrow(() -> new IllegalStateException("no catalogue loaded"));
                return new CatalogVersion(row.version(), row.publishedOn(), mapper.entries(row.version()));
            });
            current = version;
        }
        return version;
    }

    public CatalogMatcher matcher() {
        return new CatalogMatcher(current());
    }

    public CatalogMatch match(String region, String project, String level) {
        return matcher().match(region, project, level);
    }
}
