package cn.bizhao.service.statistics;

import cn.bizhao.domain.statistics.City;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Guangxi's prefecture-level cities as shipped in {@code resources/regions/guangxi-cities.csv}. */
public final class ShippedCities {
    static final String PATH = "/regions/guangxi-cities.csv";

    private ShippedCities() {
    }

    /** The cities in the file's (official) order: code, name, and the names to look for, separated by |. */
    public static List<City> guangxi() {
        try (InputStream in = ShippedCities.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + PATH);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<City> cities = new ArrayList<>();
            reader.readLine(); // headings
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] cells = line.strip().split(",", -1);
                    cities.add(new City(cells[0], cells[1], Arrays.asList(cells[2].split("\\|"))));
                }
            }
            return cities;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + PATH, e);
        }
    }
}
