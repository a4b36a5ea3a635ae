package cn.bizhao.domain.statistics;

/**
 * One count: how many accepted applications fall under a key of a dimension.
 *
 * @param key the value counted by (a month, a city code, a region, a status name…); {@link #UNKNOWN}
 *            when the application has none
 */
public record Tally(String key, long count) {
    /** The key of applications whose value is missing or not recognised. */
    public static final String UNKNOWN = "";

    public Tally {
        key = key == null ? UNKNOWN : key;
    }
}
