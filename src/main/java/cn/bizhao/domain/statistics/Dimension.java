package cn.bizhao.domain.statistics;

/**
 * What the accepted applications are counted by (notice 四(三), 纳入属地技能人才统计). Shown via
 * {@code dimension.<NAME>}.
 *
 * <p>A dimension counted by a plain SQL grouping ({@link Grouping#COLUMN}) needs only its constant
 * here and one {@code <when>} naming its column in {@code StatisticsMapper.xml}.
 */
public enum Dimension {
    /** Calendar month of acceptance, {@code yyyy-MM}, every month of the range listed. */
    MONTH(Grouping.MONTH, null),
    /** The applicant's prefecture-level city, found in the mailing address or the employer's name. */
    CITY(Grouping.CITY, null),
    /** Country or region that issued the overseas certificate (from the catalogue row). */
    REGION(Grouping.COLUMN, null),
    /** Recognised occupation and level, key {@code occupation|LEVEL_n}. */
    OCCUPATION_LEVEL(Grouping.COLUMN, null),
    /** The application's status now. */
    STATUS(Grouping.COLUMN, "applicationStatus"),
    /** 比照认定方式 chosen by the reviewer; applications not yet that far count as unknown. */
    ROUTE(Grouping.COLUMN, "route");

    /** How the counts of a dimension are made. */
    public enum Grouping {
        /** SQL GROUP BY over one column or expression. */
        COLUMN,
        /** One row per calendar month of the range, in the station's time zone. */
        MONTH,
        /** Addresses grouped in SQL, then matched to the cities. */
        CITY
    }

    private final Grouping grouping;
    private final String enumKeyPrefix;

    Dimension(Grouping grouping, String enumKeyPrefix) {
        this.grouping = grouping;
        this.enumKeyPrefix = enumKeyPrefix;
    }

    public Grouping grouping() {
        return grouping;
    }

    /** For a dimension whose keys are enum names: the message prefix of their names; else null. */
    public String enumKeyPrefix() {
        return enumKeyPrefix;
    }
}
