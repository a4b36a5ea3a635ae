package cn.bizhao.service.statistics;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.statistics.City;
import cn.bizhao.domain.statistics.CityMatcher;
import cn.bizhao.domain.statistics.Dimension;
import cn.bizhao.domain.statistics.Statistics;
import cn.bizhao.domain.statistics.Tally;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.statistics.StatisticsMapper;
import cn.bizhao.persistence.statistics.StatisticsMapper.KeyCount;
import cn.bizhao.persistence.statistics.StatisticsMapper.Period;
import cn.bizhao.service.account.Actors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 纳入属地技能人才统计 (notice 四(三)): the applications accepted in a period, counted by month, by the
 * applicant's city, by the certificate's region, by occupation and level, and by status. Counting is
 * done by SQL GROUP BY; a dimension is added by a constant of {@link Dimension} and one line of the
 * mapper's XML, and every screen and export shows it without further change.
 */
public final class StatisticsService {
    /** The longest period counted at once; the month table grows with it. */
    static final int MAX_MONTHS = 120;

    private final Transactions transactions;
    private final CityMatcher cities;
    private final ZoneId zone;
    private final Clock clock;

    public StatisticsService(Transactions transactions, CityMatcher cities, Clock clock) {
        this.transactions = transactions;
        this.cities = cities;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** Today in the station's time zone, where a period usually ends. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The cities applicants are counted by, in official order. */
    public List<City> cities() {
        return cities.cities();
    }

    /**
     * The figures for the applications accepted from {@code from} to {@code to}, both days included,
     * in the station's time zone.
     */
    public Statistics compute(User reader, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("error.statistics.period");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(to))) {
            throw new DomainException("error.statistics.periodTooLong", MAX_MONTHS / 12);
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return transactions.inTransaction(uow -> {
            Actors.require(uow, reader, Permission.READ_STATISTICS);
            StatisticsMapper mapper = uow.mapper(StatisticsMapper.class);
            Map<Dimension, List<Tally>> counts = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                counts.put(dimension, switch (dimension.grouping()) {
                    case COLUMN -> tallies(mapper.countBy(dimension.name(), start, end));
                    case MONTH -> tallies(mapper.countByMonth(months(from, to), start, end));
                    case CITY -> byCity(mapper.countByAddress(start, end));
                });
            }
            return new Statistics(from, to, mapper.total(start, end), counts);
        });
    }

    private List<Period> months(LocalDate from, LocalDate to) {
        List<Period> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(new Period(month.toString(), month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
        }
        return months;
    }

    /** Every city in official order, those without applications too, then the unrecognised ones. */
    private List<Tally> byCity(List<StatisticsMapper.AddressCount> addresses) {
        Map<String, Long> counts = new LinkedHashMap<>();
        cities.cities().forEach(city -> counts.put(city.code(), 0L));
        counts.put(Tally.UNKNOWN, 0L);
        for (StatisticsMapper.AddressCount row : addresses) {
            String key = cities.cityOf(row.address(), row.employer()).map(City::code).orElse(Tally.UNKNOWN);
            counts.merge(key, row.count(), Long::sum);
        }
        return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList();
    }

    private static List<Tally> tallies(List<KeyCount> rows) {
        return rows.stream().map(r -> new Tally(r.key(), r.count())).toList();
    }
}
