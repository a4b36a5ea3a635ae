package cn.bizhao.testing;

import cn.bizhao.app.DataHome;
import cn.bizhao.app.Station;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.station.StationInfo;
import java.nio.file.Path;

/** A real station (encrypted Derby, migrations, shipped catalogue) in a temporary folder. */
public final class TestStation {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "Counter-2024";
    public static final StationInfo STATION = new StationInfo("测试职业技能评价中心", "TEST45", "测试窗口");

    private TestStation() {
    }

    public static Services open(Path folder) {
        return Station.open(new DataHome(folder));
    }

    /** A station whose first administrator already exists. */
    public static Services withAdministrator(Path folder) {
        Services services = open(folder);
        services.accounts().createFirstAdministrator(new FirstAdministrator(ADMIN, "测试管理员",
                PASSWORD.toCharArray(), PASSWORD.toCharArray(), STATION));
        return services;
    }
}
