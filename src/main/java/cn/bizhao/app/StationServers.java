package cn.bizhao.app;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.service.Services;
import cn.bizhao.service.database.DatabaseMove;
import cn.bizhao.service.database.MoveReport;
import cn.bizhao.service.database.ServerConnection;
import cn.bizhao.service.database.ServerSetup;
import cn.bizhao.service.database.StationJoin;
import cn.bizhao.service.station.LocalWorkstation;
import cn.bizhao.service.station.StationInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Puts data homes on the institution's server: a one-desk station moved there, or a new station joined. */
public final class StationServers implements ServerSetup {
    private final Map<String, String> environment;

    public StationServers(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public MoveReport moveToServer(Path dataDir, Services station, User administrator, ServerConnection server) {
        DataHome home = DataHome.resolve(dataDir, environment);
        ServerLogin login = server.login();
        // the open station's resources are its database (Station.open)
        MoveReport report = new DatabaseMove(Clock.system(Station.CHINA)).move(administrator, (Database) station.resources(), login,
                station.workstations().auditName());
        Station.useServer(home, login);
        return report;
    }

    @Override
    public StationInfo join(Path dataDir, ServerConnection server) {
        DataHome home = DataHome.resolve(dataDir, environment);
        if (Files.exists(home.databaseSettings()) || Files.exists(home.database()) || Files.exists(home.bootKey())) {
            throw new DomainException("error.station.joinExisting", home.root());
        }
        ServerLogin login = server.login();
        StationInfo institution = StationJoin.institution(login);
        Station.useServer(home, login);
        // each desk has a database login of its own (README): until an administrator renames it, it names the station
        new LocalWorkstation(home.workstation()).name(login.user());
        return new StationInfo(institution.institutionName(), institution.institutionCode(), login.user());
    }
}
