package cn.bizhao.service.department;

import cn.bizhao.domain.department.StationKind;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.station.StationSettingMapper;
import cn.bizhao.service.station.StationService;

/** What this station is, kept in the station's settings; a station without the setting is an institution. */
public final class StationKinds {
    static final String SETTING = "station.kind";

    private StationKinds() {
    }

    public static StationKind of(UnitOfWork uow) {
        String value = uow.mapper(StationSettingMapper.class).find(SETTING);
        return value == null ? StationKind.INSTITUTION : StationKind.valueOf(value);
    }

    /** Within the caller's unit of work, at first start. */
    public static void set(UnitOfWork uow, StationKind kind) {
        StationService.put(uow, SETTING, kind.name());
    }
}
