package cn.bizhao.domain.catalog;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 比照认定目录: one published version of the catalogue (动态管理: versions are added, never edited).
 *
 * @param version     the version name, such as "2024"
 * @param publishedOn the date of the notice that published it
 * @param entries     the rows in catalogue order
 */
public record CatalogVersion(String version, LocalDate publishedOn, List<CatalogEntry> entries) {
    public CatalogVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(publishedOn, "publishedOn");
        entries = List.copyOf(entries);
        requireDistinct(entries);
    }

    private static void requireDistinct(List<CatalogEntry> entries) {
        Set<Integer> numbers = new HashSet<>();
        Set<List<String>> keys = new HashSet<>();
        for (CatalogEntry e : entries) {
            if (!numbers.add(e.number())) {
                throw new IllegalArgumentException("duplicate catalogue number " + e.number());
            }
            if (!keys.add(List.of(e.region(), e.overseasProject(), e.overseasLevel()))) {
                throw new IllegalArgumentException("duplicate catalogue certificate in row " + e.number());
            }
        }
    }
}
