package cn.bizhao.service.database;

import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.station.StationInfo;
import java.nio.file.Path;

/**
 * Puts a data home on the institution's server; done by the composition root, which knows the data
 * home's files. The command line and the screens call it alike.
 */
public interface ServerSetup {

    /**
     * Moves the open embedded station of {@code dataDir} into the empty server database, checks it there,
     * and switches the data home to the server; the embedded database's files stay as they are.
     */
    MoveReport moveToServer(Path dataDir, Services station, User administrator, ServerConnection server);

    /**
     * Makes a new data home in {@code dataDir} one more station of the institution on the server; refuses
     * a data home that already exists and a server database without an institution.
     */
    StationInfo join(Path dataDir, ServerConnection server);
}
