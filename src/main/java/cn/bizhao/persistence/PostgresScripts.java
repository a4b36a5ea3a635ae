package cn.bizhao.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts as PostgreSQL reads them. The released scripts are standard SQL except for
 * Derby's {@code BLOB(512M)} column type, which PostgreSQL cannot even parse (a type modifier with a
 * unit; a {@code blob} domain would not take it either). Read for PostgreSQL, that type is
 * {@code BYTEA}; every other character is the script as released, and the scripts themselves are never
 * edited (decision 0011). Flyway's checksum is taken of the text as read, so each engine's history
 * table stays consistent with what it ran.
 */
final class PostgresScripts implements ResourceProvider {
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\s*\\(\\s*\\d+\\s*[KMG]?\\s*\\)", Pattern.CASE_INSENSITIVE);

    private final ResourceProvider released;

    PostgresScripts(ResourceProvider released) {
        this.released = released;
    }

    /** The script text as PostgreSQL runs it. */
    static String forPostgres(String script) {
        return BLOB.matcher(script).replaceAll("BYTEA");
    }

    @Override
    public LoadableResource getResource(String name) {
        LoadableResource resource = released.getResource(name);
        return resource == null ? null : new Translated(resource);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> translated = released.getResources(prefix, suffixes).stream()
                .map(resource -> (LoadableResource) new Translated(resource))
                .toList();
        return translated;
    }

    private static final class Translated extends LoadableResource {
        private final LoadableResource script;

        Translated(LoadableResource script) {
            this.script = script;
        }

        @Override
        public Reader read() {
            try (Reader in = script.read()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    text.append(buffer, 0, n);
                }
                return new StringReader(forPostgres(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return script.getAbsolutePath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return script.getAbsolutePathOnDisk();
        }

        @Override
        public String getFilename() {
            return script.getFilename();
        }

        @Override
        public String getRelativePath() {
            return script.getRelativePath();
        }
    }
}
