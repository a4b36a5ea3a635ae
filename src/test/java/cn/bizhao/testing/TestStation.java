package cn.bizhao.testing;

import cn.bizhao.app.DataHome;
import cn.bizhao.app.Station;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.station.StationInfo;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real station in a temporary folder, on the engine of {@link TestEngine}: encrypted Derby, or a fresh
 * database of its own on the test PostgreSQL server (the data home's settings point there, so opening the
 * same folder again reaches the same database). Migrations and shipped catalogue as in production.
 */
public final class TestStation {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "Counter-2024";
    public static final StationInfo STATION = new StationInfo("测试职业技能评价中心", "TEST45", "测试窗口");

    private TestStation() {
    }

    public static Services open(Path folder) {
        DataHome home = new DataHome(folder);
        if (TestEngine.onServer() && !Files.exists(home.databaseSettings()) && !Files.exists(home.database())) {
            Station.useServer(home, PostgresTestServer.get().newDatabase());
        }
        return Station.open(home);
    }

    /** A station in {@code folder} on a server database that other stations share. */
    public static Services onServer(Path folder, ServerLogin login) {
        DataHome home = new DataHome(folder);
        if (!Files.exists(home.databaseSettings())) {
            Station.useServer(home, login);
        }
        return Station.open(home);
    }

    /** A station whose first administrator already exists. */
    public static Services withAdministrator(Path folder) {
        Services services = open(folder);
        services.accounts().createFirstAdministrator(new FirstAdministrator(ADMIN, "测试管理员",
                PASSWORD.toCharArray(), PASSWORD.toCharArray(), STATION));
        return services;
    }
}
