package cn.bizhao.persistence.catalog;

import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.catalog.CatalogVersion;
import cn.bizhao.domain.catalog.SkillLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The catalogue versions shipped with the program under {@code resources/catalog}: a
 * {@code <version>.properties} naming the version, its date and its CSV of rows.
 */
public final class ShippedCatalogs {
    /** Every shipped version, oldest first. */
    private static final List<String> VERSIONS = List.of("2024");
    private static final String FOLDER = "/catalog/";

    private final Map<String, SkillLevel> levelsByOfficialName;

    /** @param officialLevelName the official Chinese name of each level, as printed in the catalogue */
    public ShippedCatalogs(Function<SkillLevel, String> officialLevelName) {
        this.levelsByOfficialName = SkillLevelNames.index(officialLevelName);
    }

    public List<CatalogVersion> all() {
        return VERSIONS.stream().map(this::load).toList();
    }

    CatalogVersion load(String version) {
        Properties properties = new Properties();
        try (InputStream in = open(version + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CatalogVersion(properties.getProperty("version"),
                LocalDate.parse(properties.getProperty("publishedOn")),
                entries(properties.getProperty("entries")));
    }

    private List<CatalogEntry> entries(String csv) {
        List<CatalogEntry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(csv), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    entries.add(entry(line.split(",", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private CatalogEntry entry(String[] cells) {
        if (cells.length != 6) {
            throw new IllegalStateException("catalogue row needs 6 cells: " + String.join(",", cells));
        }
        return new CatalogEntry(Integer.parseInt(cells[0].strip()), cells[1], cells[2], cells[3], cells[4],
                SkillLevelNames.find(levelsByOfficialName, cells[5]));
    }

    private static InputStream open(String name) {
        InputStream in = ShippedCatalogs.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing catalogue resource " + FOLDER + name);
        }
        return in;
    }
}
