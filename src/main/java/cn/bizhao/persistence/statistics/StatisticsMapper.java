package cn.bizhao.persistence.statistics;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Counts of the applications accepted in a period ({@code from} inclusive, {@code to} exclusive),
 * grouped in SQL. Only standard SQL: a derived table, {@code ||}, a {@code VALUES} table of months.
 */
public interface StatisticsMapper {
    long total(@Param("from") Instant from, @Param("to") Instant to);

    /**
     * Counts by the column of a dimension named in the XML; the key is null for applications without one.
     *
     * @param dimension the name of a {@code Dimension} whose grouping is a column
     */
    List<KeyCount> countBy(@Param("dimension") String dimension, @Param("from") Instant from, @Param("to") Instant to);

    /** Counts for each given month, months without applications included, in the order given. */
    List<KeyCount> countByMonth(@Param("months") List<Period> months, @Param("from") Instant from,
                                @Param("to") Instant to);

    /** Counts by the texts the applicant's city is read from: mailing address and employer. */
    List<AddressCount> countByAddress(@Param("from") Instant from, @Param("to") Instant to);

    /** A key and its count. */
    record KeyCount(String key, long count) {
    }

    /** An address and employer as typed, and how many applications have both. */
    record AddressCount(String address, String employer, long count) {
    }

    /** A named stretch of time: {@code start} inclusive, {@code end} exclusive. */
    record Period(String key, Instant start, Instant end) {
    }
}
