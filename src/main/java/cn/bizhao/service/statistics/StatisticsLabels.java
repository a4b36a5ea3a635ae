package cn.bizhao.service.statistics;

import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.statistics.City;
import cn.bizhao.domain.statistics.Dimension;
import cn.bizhao.domain.statistics.Tally;
import cn.bizhao.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the keys of the statistics are shown to people: city names, status names, occupation and level. */
public final class StatisticsLabels {
    private final Messages messages;
    private final Map<String, String> cityNames;

    public StatisticsLabels(Messages messages, List<City> cities) {
        this.messages = messages;
        this.cityNames = cities.stream().collect(Collectors.toMap(City::code, City::name));
    }

    public String dimension(Dimension dimension) {
        return messages.get("dimension." + dimension.name());
    }

    public String of(Dimension dimension, String key) {
        if (Tally.UNKNOWN.equals(key)) {
            return messages.get(dimension == Dimension.CITY ? "statistics.city.unknown" : "statistics.key.unknown");
        }
        if (dimension.enumKeyPrefix() != null) {
            String messageKey = dimension.enumKeyPrefix() + "." + key;
            return messages.bundle().containsKey(messageKey) ? messages.get(messageKey) : key;
        }
        return switch (dimension) {
            case CITY -> cityNames.getOrDefault(key, key);
            case OCCUPATION_LEVEL -> occupationAndLevel(key);
            default -> key;
        };
    }

    /** A labeller for one dimension, for screens that take a function. */
    public Function<String, String> of(Dimension dimension) {
        return key -> of(dimension, key);
    }

    private String occupationAndLevel(String key) {
        int bar = key.lastIndexOf('|');
        if (bar < 0) {
            return key;
        }
        String level = key.substring(bar + 1);
        String levelName = Arrays.stream(SkillLevel.values()).anyMatch(l -> l.name().equals(level))
                ? messages.of(SkillLevel.valueOf(level)) : level;
        return messages.get("statistics.occupationLevel", key.substring(0, bar), levelName);
    }
}
