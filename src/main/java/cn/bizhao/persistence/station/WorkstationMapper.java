package cn.bizhao.persistence.station;

import cn.bizhao.domain.station.Workstation;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The stations that have opened this database. */
public interface WorkstationMapper {
    Workstation find(@Param("stationId") String stationId);

    Workstation findByName(@Param("name") String name);

    List<Workstation> all();

    void insert(@Param("w") Workstation workstation);

    int updateSeen(@Param("stationId") String stationId, @Param("name") String name, @Param("seen") Instant seen,
                   @Param("version") String programVersion);

    int updateDisabled(@Param("stationId") String stationId, @Param("disabled") boolean disabled,
                       @Param("by") String by, @Param("at") Instant at);
}
