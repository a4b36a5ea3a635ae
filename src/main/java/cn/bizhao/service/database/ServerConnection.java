package cn.bizhao.service.database;

import cn.bizhao.persistence.ServerLogin;
import java.nio.file.Path;

/**
 * How a station is to reach the institution's PostgreSQL server, as the administrator typed it:
 * the address, this station's database login and its password, and the CA certificate (null only for
 * a server on this computer).
 */
public record ServerConnection(String url, String user, String password, Path caFile) {

    public ServerLogin login() {
        return new ServerLogin(url == null ? null : url.strip(), user == null ? null : user.strip(), password, caFile);
    }

    /** Where the database is, for people: host, port and database. */
    public String location() {
        return login().location();
    }

    @Override
    public String toString() {
        return "ServerConnection[" + url + ", " + user + ", ca=" + caFile + "]";
    }
}
