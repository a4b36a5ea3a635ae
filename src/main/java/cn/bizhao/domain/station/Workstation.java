package cn.bizhao.domain.station;

import java.time.Instant;

/**
 * 工作站: one data home that has opened the institution's data, known by the identity kept in
 * that data home.
 *
 * @param stationId      the identity kept in the data home (a random UUID made on its first start)
 * @param name           the station's name, shown in the status bar and written in every audit record
 * @param programVersion the program version that last opened the data from there
 * @param disabledBy     login of the administrator who disabled it, null while enabled
 */
public record Workstation(String stationId, String name, Instant firstSeen, Instant lastSeen, String programVersion,
                          boolean disabled, String disabledBy, Instant disabledAt) {
}
