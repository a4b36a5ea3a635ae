package cn.bizhao.domain.statistics;

import java.util.List;
import java.util.Optional;

/**
 * Finds the applicant's city (属地) in the text of the form: the mailing address first, then the
 * employer's name. Within one text, the city named first wins (南宁市玉林路 is 南宁, not 玉林). The ID number is
 * never used: it tells where a person was born, not where they work.
 */
public final class CityMatcher {
    private final List<City> cities;

    public CityMatcher(List<City> cities) {
        this.cities = List.copyOf(cities);
    }

    /** The cities in their official order. */
    public List<City> cities() {
        return cities;
    }

    public Optional<City> cityOf(String address, String employer) {
        return firstNamedIn(address).or(() -> firstNamedIn(employer));
    }

    private Optional<City> firstNamedIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        City found = null;
        int earliest = Integer.MAX_VALUE;
        for (City city : cities) {
            for (String name : city.names()) {
                int at = text.indexOf(name);
                if (at >= 0 && at < earliest) {
                    earliest = at;
                    found = city;
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
