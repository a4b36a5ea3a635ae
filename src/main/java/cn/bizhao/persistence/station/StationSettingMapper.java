package cn.bizhao.persistence.station;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Named settings of the station (institution, station name, camera...). */
public interface StationSettingMapper {
    String find(@Param("name") String name);

    List<StationSettingRow> all();

    int update(@Param("name") String name, @Param("value") String value);

    void insert(@Param("name") String name, @Param("value") String value);
}
