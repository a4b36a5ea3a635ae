package cn.bizhao.service.database;

import cn.bizhao.domain.DomainException;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.service.station.StationService;

/** Checks that a server database holds an institution a new station can join. */
public final class StationJoin {
    private StationJoin() {
    }

    /**
     * Connects with the station's login and returns the institution found there.
     *
     * @throws DomainException when the server cannot be reached, or holds no institution yet (set it up
     *         with {@code db migrate} from the first desk, or on first start of the first station)
     */
    public static StationInfo institution(ServerLogin login) {
        try (Database server = Database.connect(login)) {
            return StationService.institution(server.transactions())
                    .orElseThrow(() -> new DomainException("error.station.joinNoInstitution", login.location()));
        }
    }
}
