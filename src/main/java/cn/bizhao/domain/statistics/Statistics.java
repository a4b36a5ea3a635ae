package cn.bizhao.domain.statistics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The station's figures for a period: applications accepted from {@code from} to {@code to}
 * (both days included), in total and by each dimension.
 */
public record Statistics(LocalDate from, LocalDate to, long total, Map<Dimension, List<Tally>> counts) {
    public Statistics {
        EnumMap<Dimension, List<Tally>> copy = new EnumMap<>(Dimension.class);
        counts.forEach((dimension, tallies) -> copy.put(dimension, List.copyOf(tallies)));
        counts = Collections.unmodifiableMap(copy);
    }

    /** The counts of one dimension, in the order they are shown. */
    public List<Tally> by(Dimension dimension) {
        return counts.getOrDefault(dimension, List.of());
    }

    /** The count for one key of a dimension, 0 when absent. */
    public long count(Dimension dimension, String key) {
        return by(dimension).stream().filter(t -> t.key().equals(key)).mapToLong(Tally::count).sum();
    }
}
