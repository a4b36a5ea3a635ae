package cn.bizhao.persistence;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * How a station reaches the institution's PostgreSQL server: a {@code jdbc:postgresql://HOST:PORT/DB}
 * address, the station's own database login and, for any host but this computer, the CA certificate
 * the administrator gave, against which the server's certificate is checked ({@code sslmode=verify-full}).
 * A plain connection is allowed to this computer only.
 *
 * @param caFile the administrator's CA certificate (PEM); null for a plain connection to localhost
 */
public record ServerLogin(String url, String user, String password, Path caFile) {
    private static final String PREFIX = "jdbc:postgresql://";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Override
    public String toString() {
        return "ServerLogin[" + url + ", " + user + ", ca=" + caFile + "]";
    }

    /** The server's host as written in the address. */
    public String host() {
        return address().getHost();
    }

    /** Where the database is, for people: host, port and database, without the login. */
    public String location() {
        URI address = address();
        int port = address.getPort() < 0 ? 5432 : address.getPort();
        return address.getHost() + ":" + port + address.getPath();
    }

    boolean local() {
        return LOCAL_HOSTS.contains(host().toLowerCase(Locale.ROOT));
    }

    /** Refuses what cannot be used, before any connection is tried. */
    void check() {
        if (url == null || !url.startsWith(PREFIX) || url.contains("?")) {
            throw new DatabaseSettingsException("error.database.serverUrl", url);
        }
        URI address = address();
        if (address.getHost() == null || address.getPath() == null || address.getPath().length() < 2) {
            throw new DatabaseSettingsException("error.database.serverUrl", url);
        }
        if (user == null || user.isBlank()) {
            throw new DatabaseSettingsException("error.database.serverUser");
        }
        if (caFile == null) {
            if (!local()) {
                throw new DatabaseSettingsException("error.database.plainRemote", host());
            }
        } else if (!Files.isReadable(caFile)) {
            throw new DatabaseSettingsException("error.database.caMissing", caFile);
        }
    }

    private URI address() {
        try {
            return URI.create(url.substring("jdbc:".length()));
        } catch (IllegalArgumentException | NullPointerException | StringIndexOutOfBoundsException e) {
            throw new DatabaseSettingsException("error.database.serverUrl", url);
        }
    }
}
