package cn.bizhao.domain;

import java.time.ZoneId;

/**
 * The one time zone of a station: Guangxi keeps China Standard Time. Days of acceptance, years of
 * acceptance numbers, birth dates and the times screens, documents and exports show are all counted in
 * it, whatever zone the computer is set to.
 */
public final class StationTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private StationTime() {
    }
}
