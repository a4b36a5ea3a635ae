package cn.bizhao.domain.catalog;

import cn.bizhao.domain.catalog.CatalogMatch.NotInCatalog;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Compares (region, overseas project, overseas level) with one catalogue version. */
public final class CatalogMatcher {
    private final CatalogVersion catalog;

    public CatalogMatcher(CatalogVersion catalog) {
        this.catalog = catalog;
    }

    public CatalogMatch match(String region, String overseasProject, String overseasLevel) {
        List<CatalogEntry> inRegion = select(catalog.entries(), e -> CatalogText.same(e.region(), region));
        if (inRegion.isEmpty()) {
            return refuse(NotInCatalogReason.UNKNOWN_REGION, region, catalog.entries(), CatalogEntry::region);
        }
        List<CatalogEntry> ofProject = select(inRegion, e -> CatalogText.same(e.overseasProject(), overseasProject));
        if (ofProject.isEmpty()) {
            return refuse(NotInCatalogReason.UNKNOWN_PROJECT, overseasProject, inRegion, CatalogEntry::overseasProject);
        }
        String level = OverseasLevel.normalize(overseasLevel);
        return ofProject.stream()
                .filter(e -> e.overseasLevel().equals(level))
                .findFirst()
                .<CatalogMatch>map(CatalogMatch.Matched::new)
                .orElseGet(() -> refuse(NotInCatalogReason.LEVEL_NOT_LISTED, level, ofProject, CatalogEntry::overseasLevel));
    }

    public List<String> regions() {
        return distinct(catalog.entries(), CatalogEntry::region);
    }

    public List<String> projects(String region) {
        return distinct(select(catalog.entries(), e -> CatalogText.same(e.region(), region)), CatalogEntry::overseasProject);
    }

    public List<String> levels(String region, String project) {
        return distinct(select(catalog.entries(), e -> CatalogText.same(e.region(), region)
                && CatalogText.same(e.overseasProject(), project)), CatalogEntry::overseasLevel);
    }

    private static List<CatalogEntry> select(List<CatalogEntry> entries, Predicate<CatalogEntry> test) {
        return entries.stream().filter(test).toList();
    }

    private static NotInCatalog refuse(NotInCatalogReason reason, String given, List<CatalogEntry> candidates,
                                       Function<CatalogEntry, String> field) {
        return new NotInCatalog(reason, CatalogText.normalize(given), distinct(candidates, field));
    }

    private static List<String> distinct(List<CatalogEntry> entries, Function<CatalogEntry, String> field) {
        return entries.stream().map(field).distinct().toList();
    }
}
